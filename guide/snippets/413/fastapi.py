from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
MAX = 5 * 1024 * 1024

@app.post("/avatars")
async def upload_avatar(request: Request):
    if int(request.headers.get("content-length", "0")) > MAX:
        return JSONResponse(status_code=413, media_type="application/problem+json",
            headers={"Connection": "close"},
            content={"type": "about:blank", "title": "Content Too Large", "status": 413,
                     "detail": "Avatars are limited to 5 MiB.", "maxBytes": MAX})
    return JSONResponse({}, status_code=201)
