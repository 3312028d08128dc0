from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse, PlainTextResponse

app = FastAPI()
AVAILABLE = ["application/json", "text/csv"]

@app.get("/reports/{report_id}")
def report(report_id: int, accept: str = Header(default="*/*")):
    if "text/csv" in accept:
        return PlainTextResponse(f"id\n{report_id}\n", media_type="text/csv", headers={"Vary": "Accept"})
    if "json" in accept or "*/*" in accept:
        return JSONResponse({"id": report_id}, headers={"Vary": "Accept"})
    return JSONResponse(status_code=406, media_type="application/problem+json", content={
        "type": "about:blank", "title": "Not Acceptable", "status": 406,
        "detail": "Reports are available as JSON or CSV.", "available": AVAILABLE})
