import httpx
from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse

app = FastAPI()

# A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
@app.get("/pages/{page_id}")
async def relay(page_id: str):
    try:
        async with httpx.AsyncClient(timeout=10) as client:
            upstream = await client.get(f"http://origin.internal/pages/{page_id}")
    except httpx.TransportError:
        return JSONResponse({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "The link to the origin failed."},
                            status_code=502, media_type="application/problem+json")
    return Response(upstream.content, status_code=upstream.status_code,
                    media_type=upstream.headers.get("content-type"))
