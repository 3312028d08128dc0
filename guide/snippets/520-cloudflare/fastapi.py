from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

# Answer every failure with a complete response; a dropped connection becomes Cloudflare 520.
@app.exception_handler(Exception)
async def unexpected(request: Request, exc: Exception):
    return JSONResponse({"type": "about:blank", "title": "Internal Server Error", "status": 500,
                         "detail": "An unexpected error occurred."},
                        status_code=500, media_type="application/problem+json")
