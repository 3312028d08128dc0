import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/quotes")
async def quotes():
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            return (await client.get("http://pricing.internal/quotes")).json()
    except httpx.TimeoutException:
        return JSONResponse({"type": "about:blank", "title": "Gateway Timeout", "status": 504,
                             "detail": "The pricing service did not answer within 5 s."},
                            status_code=504, media_type="application/problem+json")
