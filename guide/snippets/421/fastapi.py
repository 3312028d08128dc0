from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def misdirected(request: Request, call_next):
    host = request.headers.get("host", "").split(":")[0]
    if host != "api.example.com":
        return JSONResponse({"type": "about:blank", "title": "Misdirected Request", "status": 421,
                             "detail": f"This server does not serve {host}."},
                            status_code=421, media_type="application/problem+json")
    return await call_next(request)
