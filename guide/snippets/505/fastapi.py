from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def reject_http10(request: Request, call_next):
    if request.scope.get("http_version") == "1.0":
        return JSONResponse({"type": "about:blank", "title": "HTTP Version Not Supported", "status": 505,
                             "detail": "HTTP/1.0 is not supported; use HTTP/1.1 or HTTP/2."},
                            status_code=505, media_type="application/problem+json")
    return await call_next(request)
