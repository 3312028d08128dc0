from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

app = FastAPI()

@app.api_route("/dav/{path:path}", methods=["PROPFIND"])
async def propfind(path: str, request: Request):
    if request.headers.get("depth", "infinity") == "infinity" and has_binding_cycle(path):
        return JSONResponse({"type": "about:blank", "title": "Loop Detected", "status": 508,
                             "detail": "A binding under this collection points to an ancestor; use Depth: 1."},
                            status_code=508, media_type="application/problem+json")
    return Response(multistatus(path), status_code=207, media_type="application/xml")
