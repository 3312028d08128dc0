from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def xff_guard(request: Request, call_next):
    hops = [h for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    if len(hops) > 20:
        return JSONResponse(status_code=431, media_type="application/problem+json", content={
            "type": "about:blank", "title": "Request Header Fields Too Large", "status": 431,
            "detail": f"X-Forwarded-For lists {len(hops)} addresses; is there a proxy loop?"})
    return await call_next(request)
