from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

app = FastAPI()

# FastAPI answers validation errors with 422 by default; this maps them to 400.
@app.exception_handler(RequestValidationError)
async def invalid_request(request: Request, exc: RequestValidationError):
    return JSONResponse(status_code=400, media_type="application/problem+json", content={
        "type": "https://example.com/probs/invalid-request", "title": "Bad Request", "status": 400,
        "detail": "The request is malformed.",
        "errors": [{"location": list(e["loc"]), "detail": e["msg"]} for e in exc.errors()]})
