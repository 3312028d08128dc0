from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.middleware.trustedhost import TrustedHostMiddleware

app = FastAPI()
# Starlette answers unknown hosts with 400 (plain text); nginx can drop them with 444 earlier.
app.add_middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com"])

@app.get("/health")
def health():
    return JSONResponse({"ok": True})
