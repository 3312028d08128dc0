from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
MAINTENANCE = True

@app.middleware("http")
async def maintenance(request: Request, call_next):
    if MAINTENANCE:
        return JSONResponse(
            {"type": "https://example.com/probs/maintenance", "title": "Service Unavailable",
             "status": 503, "detail": "Scheduled database maintenance."},
            status_code=503, media_type="application/problem+json",
            headers={"Retry-After": "900", "Cache-Control": "no-store"})
    return await call_next(request)
