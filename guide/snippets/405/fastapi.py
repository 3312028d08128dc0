from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()

@app.exception_handler(StarletteHTTPException)
async def problem(request: Request, exc: StarletteHTTPException):
    headers = dict(exc.headers or {})  # Starlette puts Allow here for 405
    return JSONResponse(status_code=exc.status_code, headers=headers,
        media_type="application/problem+json",
        content={"type": "about:blank", "title": "Method Not Allowed" if exc.status_code == 405 else "Error",
                 "status": exc.status_code, "detail": exc.detail})
