from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

# Not 510: a missing required request header is a client error.
@app.get("/reports")
def reports(x_api_features: str | None = Header(default=None)):
    if x_api_features is None:
        return JSONResponse({"type": "about:blank", "title": "Bad Request", "status": 400,
                             "detail": "Send X-API-Features listing the features you use."},
                            status_code=400, media_type="application/problem+json")
    return build_report(x_api_features)
