from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/guide")
async def guide():
    variants = [{"lang": "en", "href": "/guide.en.html"}, {"lang": "de", "href": "/guide.de.html"}]
    return JSONResponse({"alternatives": variants}, status_code=300,
                        headers={"Location": "/guide.en.html"})
