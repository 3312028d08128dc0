from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.put("/files/{name}")
async def upload(name: str, request: Request):
    if "content-length" not in request.headers:
        return JSONResponse(status_code=411, media_type="application/problem+json", content={
            "type": "about:blank", "title": "Length Required", "status": 411,
            "detail": "Uploads must declare their size in Content-Length."})
    data = await request.body()
    return JSONResponse({"bytes": len(data)}, status_code=201)
