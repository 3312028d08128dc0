from fastapi import FastAPI, Header
from fastapi.responses import FileResponse, JSONResponse
import os, re

app = FastAPI()
PATH = "video.mp4"

@app.get("/video.mp4")
def video(range: str | None = Header(default=None)):
    size = os.path.getsize(PATH)
    m = re.match(r"bytes=(\d+)-", range or "")
    if m and int(m.group(1)) >= size:
        return JSONResponse(status_code=416, media_type="application/problem+json",
            headers={"Content-Range": f"bytes */{size}"},
            content={"type": "about:blank", "title": "Range Not Satisfiable", "status": 416,
                     "detail": f"The file is {size} bytes long."})
    return FileResponse(PATH)  # recent Starlette versions answer satisfiable ranges with 206
