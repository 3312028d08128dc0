from fastapi import FastAPI, Request
import asyncio

app = FastAPI()

@app.get("/report")
async def report(request: Request):
    for _ in range(50):
        if await request.is_disconnected():  # nginx will log 499 for this request
            return None
        await asyncio.sleep(0.1)
    return {"ok": True}
