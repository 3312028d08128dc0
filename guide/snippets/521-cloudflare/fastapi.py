# Run uvicorn on the port that matches Cloudflare's SSL/TLS mode, on all interfaces:
#   uvicorn app:app --host 0.0.0.0 --port 443 --ssl-keyfile origin.key --ssl-certfile origin.pem
#   --timeout-graceful-shutdown 30
from fastapi import FastAPI

app = FastAPI()

@app.get("/healthz")
def healthz():
    return {"status": "ok"}
