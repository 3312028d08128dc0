import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

# A gateway whose upstream stalls while sending the response: 504, not 598.
@app.get("/search")
async def search(request: Request):
    try:
        async with httpx.AsyncClient(timeout=httpx.Timeout(8, connect=3)) as client:
            upstream = await client.get("http://search.internal/q", params=request.query_params)
    except httpx.ReadTimeout:
        return JSONResponse({"type": "about:blank", "title": "Gateway Timeout", "status": 504,
                             "detail": "The search service stopped responding."},
                            status_code=504, media_type="application/problem+json")
    return JSONResponse(upstream.json(), status_code=upstream.status_code)
