from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

# Target for Cloudflare health checks, so unreachable origins fail over instead of 523.
@app.get("/healthz")
def healthz():
    if not dependencies_up():
        return JSONResponse({"type": "about:blank", "title": "Service Unavailable", "status": 503,
                             "detail": "Origin is not ready."},
                            status_code=503, media_type="application/problem+json",
                            headers={"Cache-Control": "no-store"})
    return JSONResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})
