import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

# A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
@app.get("/inventory")
async def inventory():
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            return (await client.get("https://inventory.internal.example/items")).json()
    except httpx.ConnectError as exc:
        dns = "Name or service not known" in str(exc) or "nodename nor servname" in str(exc)
        return JSONResponse({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "Upstream host name does not resolve." if dns else "Upstream request failed."},
                            status_code=502, media_type="application/problem+json")
