from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def client_cert(request: Request, call_next):
    verify = request.headers.get("x-ssl-client-verify", "NONE")  # set by nginx
    if verify.startswith("FAILED"):
        return JSONResponse(status_code=403, media_type="application/problem+json", content={
            "type": "https://example.com/probs/client-cert-rejected",
            "title": "Client certificate rejected", "status": 403, "detail": verify[7:]})
    return await call_next(request)
