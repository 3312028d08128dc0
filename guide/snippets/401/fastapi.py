from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/me")
def me(authorization: str | None = Header(default=None)):
    if authorization is None:
        return JSONResponse(status_code=401, media_type="application/problem+json",
            headers={"WWW-Authenticate": 'Bearer realm="api"'},
            content={"type": "about:blank", "title": "Unauthorized", "status": 401,
                     "detail": "A bearer token is required."})
    return {"id": 1}
