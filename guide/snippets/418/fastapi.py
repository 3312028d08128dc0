from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

# Not 418: the feature is not implemented, so use 501.
@app.post("/brew")
def brew():
    return JSONResponse({"type": "about:blank", "title": "Not Implemented", "status": 501,
                         "detail": "Brewing is not supported by this server."},
                        status_code=501, media_type="application/problem+json")
