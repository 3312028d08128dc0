import logging, uuid
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.exception_handler(Exception)
async def unexpected(request: Request, exc: Exception):
    error_id = str(uuid.uuid4())
    logging.getLogger(__name__).exception("unhandled error %s", error_id)
    return JSONResponse({"type": "about:blank", "title": "Internal Server Error", "status": 500,
                         "detail": "An unexpected error occurred.", "errorId": error_id},
                        status_code=500, media_type="application/problem+json")
