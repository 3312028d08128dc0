from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
KNOWN = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

@app.middleware("http")
async def unknown_method(request: Request, call_next):
    if request.method not in KNOWN:
        return JSONResponse({"type": "about:blank", "title": "Not Implemented", "status": 501,
                             "detail": f"Method {request.method} is not implemented by this server."},
                            status_code=501, media_type="application/problem+json")
    return await call_next(request)
