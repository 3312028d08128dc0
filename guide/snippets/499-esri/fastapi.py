import httpx
from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/gis/services")
async def services(x_gis_token: str | None = Header(default=None)):
    if x_gis_token is None:
        return JSONResponse(status_code=401, media_type="application/problem+json",
            headers={"WWW-Authenticate": 'Bearer realm="gis"'},
            content={"type": "about:blank", "title": "Unauthorized", "status": 401,
                     "detail": "Sign in to the GIS portal first."})
    async with httpx.AsyncClient() as c:
        r = await c.get("https://gis.example.com/arcgis/rest/services", params={"f": "json"},
                        headers={"X-Esri-Authorization": f"Bearer {x_gis_token}"})
    return r.json()
