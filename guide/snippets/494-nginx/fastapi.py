# uvicorn (h11) has its own header size limit; nginx in front maps its 494 to 431:
#   error_page 494 =431 /errors/431;
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/errors/431")
def header_too_large():
    return JSONResponse(status_code=431, media_type="application/problem+json", content={
        "type": "about:blank", "title": "Request Header Fields Too Large", "status": 431,
        "detail": "A request header (usually Cookie) is too large; clear cookies for this site."})
