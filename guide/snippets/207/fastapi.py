from fastapi import FastAPI, Request
from fastapi.responses import Response

app = FastAPI()

@app.api_route("/files/", methods=["PROPFIND"])
async def propfind(request: Request):
    depth = request.headers.get("depth", "1")
    xml = build_multistatus("/files/", depth)  # one D:response per resource
    return Response(xml, status_code=207, media_type="application/xml; charset=utf-8")
