# Serve TLS on 443 so Cloudflare's Full mode handshake succeeds (otherwise 525):
#   uvicorn app:app --host 0.0.0.0 --port 443 \
#     --ssl-certfile /etc/ssl/cloudflare-origin.pem --ssl-keyfile /etc/ssl/cloudflare-origin.key
from fastapi import FastAPI

app = FastAPI()

@app.get("/")
def index():
    return {"status": "ok"}
