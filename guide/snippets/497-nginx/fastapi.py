from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()  # run uvicorn with --proxy-headers behind nginx

@app.middleware("http")
async def https_only(request: Request, call_next):
    if request.url.scheme != "https" and request.url.path.startswith("/api"):
        return JSONResponse(status_code=403, media_type="application/problem+json", content={
            "type": "https://example.com/probs/https-required", "title": "HTTPS required",
            "status": 403, "detail": "Use https://; credentials sent over http must be rotated."})
    return await call_next(request)
