from fastapi import FastAPI, Request
import logging

app = FastAPI()
log = logging.getLogger("alb")

@app.middleware("http")
async def log_client_abort(request: Request, call_next):
    response = await call_next(request)
    if await request.is_disconnected():
        log.warning("client closed connection (ALB logs 460) trace=%s", request.headers.get("x-amzn-trace-id"))
    return response
