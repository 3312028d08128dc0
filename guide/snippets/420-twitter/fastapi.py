from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
hits: dict[str, int] = {}

@app.get("/search")
def search(request: Request):
    key = request.client.host
    hits[key] = hits.get(key, 0) + 1
    if hits[key] > 180:
        return JSONResponse(status_code=429, media_type="application/problem+json", headers={"Retry-After": "900"},
            content={"type": "about:blank", "title": "Too Many Requests", "status": 429,
                     "detail": "Search is limited to 180 requests per 15 minutes."})
    return {"results": []}
