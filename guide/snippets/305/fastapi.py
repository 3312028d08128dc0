import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/partner/{item_id}")
async def partner_item(item_id: str):
    async with httpx.AsyncClient(follow_redirects=False) as client:
        upstream = await client.get(f"https://partner.example.com/items/{item_id}")
    if upstream.status_code == 305:
        return JSONResponse({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "Upstream answered 305 Use Proxy; not followed."},
                            status_code=502, media_type="application/problem+json")
    return JSONResponse(upstream.json(), status_code=upstream.status_code)
