import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/products")
async def products(request: Request):
    async with httpx.AsyncClient() as c:
        r = await c.post("https://shop.myshopify.com/api/2025-01/graphql.json",
                         json={"query": "{ products(first: 10) { nodes { title } } }"},
                         headers={"Shopify-Storefront-Private-Token": "shpat_...",
                                  "Shopify-Storefront-Buyer-IP": request.client.host})
    if r.status_code == 430:
        return JSONResponse(status_code=503, media_type="application/problem+json", headers={"Retry-After": "30"},
            content={"type": "about:blank", "title": "Service Unavailable", "status": 503,
                     "detail": "The shop is temporarily refusing requests."})
    return r.json()
