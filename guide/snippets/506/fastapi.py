from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/report")
def report(request: Request):
    variant = choose_variant(request.headers.get("accept", "*/*"))
    if variant.is_negotiable:
        return JSONResponse({"type": "about:blank", "title": "Variant Also Negotiates", "status": 506,
                             "detail": "Server negotiation is misconfigured."},
                            status_code=506, media_type="application/problem+json")
    return variant.response()
