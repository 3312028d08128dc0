from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

app = FastAPI()
MAX_UPLOAD = 10 * 1024 * 1024

@app.put("/files/{name}")
async def upload(name: str, request: Request):
    # uvicorn sends 100 Continue on the first read of the body, so refusing
    # here means the client never uploads the content.
    if int(request.headers.get("content-length", "0")) > MAX_UPLOAD:
        return JSONResponse({"type": "about:blank", "title": "Content Too Large", "status": 413,
                             "detail": "Uploads are limited to 10 MB."},
                            status_code=413, media_type="application/problem+json")
    save_file(name, await request.body())
    return Response(status_code=204)
