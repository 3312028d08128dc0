from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()  # an egress gateway, not an origin API

@app.middleware("http")
async def require_proxy_auth(request: Request, call_next):
    if "proxy-authorization" not in request.headers:
        return JSONResponse(status_code=407, media_type="application/problem+json",
            headers={"Proxy-Authenticate": 'Basic realm="egress"'},
            content={"type": "about:blank", "title": "Proxy Authentication Required",
                     "status": 407, "detail": "Authenticate to the egress proxy first."})
    return await call_next(request)
