from fastapi import FastAPI, Header, Request
from fastapi.responses import JSONResponse, Response

app = FastAPI()

@app.put("/files/{name}")
def put_file(name: str, request: Request, if_: str | None = Header(default=None, alias="If")):
    token = LOCKS.get(request.url.path)
    if token and (if_ is None or token not in if_):
        return JSONResponse({"type": "https://example.com/probs/locked", "title": "Locked", "status": 423,
                             "detail": "The file is locked; submit its lock token.", "lockedHref": request.url.path},
                            status_code=423, media_type="application/problem+json")
    return Response(status_code=204)
