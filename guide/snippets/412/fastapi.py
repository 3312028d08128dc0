from fastapi import FastAPI, Header, Response
from fastapi.responses import JSONResponse

app = FastAPI()
doc = {"version": 7, "body": "Hello"}

@app.put("/docs/42")
def put_doc(body: dict, if_match: str | None = Header(default=None)):
    etag = f'"v{doc["version"]}"'
    if if_match is not None and if_match not in (etag, "*"):
        return JSONResponse(status_code=412, media_type="application/problem+json", headers={"ETag": etag},
            content={"type": "about:blank", "title": "Precondition Failed", "status": 412,
                     "detail": "The document changed since you fetched it."})
    doc.update(version=doc["version"] + 1, body=body)
    return Response(status_code=204, headers={"ETag": f'"v{doc["version"]}"'})
