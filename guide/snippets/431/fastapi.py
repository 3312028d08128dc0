from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
MAX_COOKIE = 4096

@app.middleware("http")
async def cookie_size(request: Request, call_next):
    size = len(request.headers.get("cookie", "").encode())
    if size > MAX_COOKIE:
        return JSONResponse({"type": "about:blank", "title": "Request Header Fields Too Large", "status": 431,
                             "detail": f"Cookie header is {size} bytes; the limit is {MAX_COOKIE}.", "field": "Cookie"},
                            status_code=431, media_type="application/problem+json", headers={"Cache-Control": "no-store"})
    return await call_next(request)
