import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/parcels")
async def parcels(token: str):
    async with httpx.AsyncClient() as client:
        r = await client.get("https://gis.example.com/arcgis/rest/services/Parcels/MapServer/0/query",
                             params={"f": "json", "where": "1=1"}, headers={"X-Esri-Authorization": f"Bearer {token}"})
    data = r.json()
    if r.status_code == 498 or data.get("error", {}).get("code") == 498:
        return JSONResponse(status_code=401, media_type="application/problem+json",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            content={"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "GIS token expired."})
    return data
