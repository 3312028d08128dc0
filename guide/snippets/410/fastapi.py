from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def v1_retired(rest: str):
    return JSONResponse(status_code=410, media_type="application/problem+json",
        headers={"Link": '<https://example.com/docs/migrate-v2>; rel="help"'},
        content={"type": "https://example.com/probs/api-retired", "title": "Gone", "status": 410,
                 "detail": "API v1 was retired; use /v2."})
