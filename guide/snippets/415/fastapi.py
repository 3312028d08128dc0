from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/orders")
async def create_order(request: Request):
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        return JSONResponse(status_code=415, media_type="application/problem+json",
            headers={"Accept": "application/json"},
            content={"type": "about:blank", "title": "Unsupported Media Type", "status": 415,
                     "detail": "Send the order as application/json."})
    return JSONResponse(await request.json(), status_code=201)
