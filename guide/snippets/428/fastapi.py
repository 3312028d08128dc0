from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

@app.put("/documents/{doc_id}")
def put_document(doc_id: int, doc: Document, if_match: str | None = Header(default=None)):
    if if_match is None:
        return JSONResponse({"type": "https://example.com/probs/precondition-required",
                             "title": "Precondition Required", "status": 428,
                             "detail": "Send If-Match with the ETag from your last GET."},
                            status_code=428, media_type="application/problem+json",
                            headers={"Cache-Control": "no-store"})
    return update_if_match(doc_id, if_match, doc)
