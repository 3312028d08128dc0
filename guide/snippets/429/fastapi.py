from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/search")
def search():
    return JSONResponse(
        {"type": "https://example.com/probs/rate-limited", "title": "Too Many Requests",
         "status": 429, "detail": "Limit of 100 searches per minute reached."},
        status_code=429, media_type="application/problem+json",
        headers={"Retry-After": "30", "Cache-Control": "no-store"},
    )
