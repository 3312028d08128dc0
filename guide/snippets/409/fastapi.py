from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel

app = FastAPI()
docs = {42: {"version": 7, "title": "Draft"}}

class Patch(BaseModel):
    version: int
    title: str

@app.patch("/docs/{doc_id}")
def patch_doc(doc_id: int, body: Patch):
    doc = docs[doc_id]
    if body.version != doc["version"]:
        return JSONResponse(status_code=409, media_type="application/problem+json",
            headers={"ETag": f'"{doc["version"]}"'},
            content={"type": "https://example.com/probs/version-conflict", "title": "Version conflict",
                     "status": 409, "detail": "The document changed; re-read it and retry.",
                     "currentVersion": doc["version"]})
    doc.update(version=body.version + 1, title=body.title)
    return doc
