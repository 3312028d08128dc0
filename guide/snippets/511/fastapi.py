# A captive-portal gateway, not an origin API. Origins should answer 401 instead.
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def captive_portal(request: Request, call_next):
    if not device_is_authorized(request.client.host):
        return JSONResponse({"type": "about:blank", "title": "Network Authentication Required", "status": 511,
                             "detail": "Log in at http://portal.example/login to use this network."},
                            status_code=511, media_type="application/problem+json",
                            headers={"Cache-Control": "no-store"})
    return await call_next(request)
