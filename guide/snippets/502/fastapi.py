import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/rates")
async def rates():
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            return (await client.get("http://rates.internal:8080/latest")).json()
    except (httpx.TransportError, ValueError):
        return JSONResponse({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "The rates service returned an invalid response."},
                            status_code=502, media_type="application/problem+json")
