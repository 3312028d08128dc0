# uvicorn closes idle keep-alive connections (--timeout-keep-alive) but has no body timeout;
# put a proxy in front with client_body_timeout, or enforce one in middleware:
import asyncio
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/upload")
async def upload(request: Request):
    try:
        body = await asyncio.wait_for(request.body(), timeout=30)
    except asyncio.TimeoutError:
        return JSONResponse(status_code=408, media_type="application/problem+json",
            headers={"Connection": "close"}, content={"type": "about:blank",
            "title": "Request Timeout", "status": 408, "detail": "The body did not arrive within 30 s."})
    return {"bytes": len(body)}
