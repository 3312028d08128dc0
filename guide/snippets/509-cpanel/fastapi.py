from fastapi import FastAPI, Header
from fastapi.responses import FileResponse, JSONResponse

app = FastAPI()

# Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
@app.get("/downloads/{name}")
def download(name: str, x_api_key: str = Header(default="anonymous")):
    if bytes_used(x_api_key) >= MONTHLY_QUOTA:
        return JSONResponse({"type": "https://example.com/probs/transfer-quota", "title": "Too Many Requests",
                             "status": 429, "detail": "Monthly download quota used."},
                            status_code=429, media_type="application/problem+json",
                            headers={"Retry-After": str(seconds_until_reset())})
    return FileResponse(f"/data/{name}")
