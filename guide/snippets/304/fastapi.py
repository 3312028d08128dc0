from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

app = FastAPI()

@app.get("/catalog")
async def catalog(request: Request):
    etag = f'"v{current_version()}"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    held = [t.strip().removeprefix("W/") for t in request.headers.get("if-none-match", "").split(",")]
    if etag in held or "*" in held:
        return Response(status_code=304, headers=headers)  # no body
    return JSONResponse(current_catalog(), headers=headers)
