from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()

# Recent Starlette versions' FileResponse answer Range with 206 + Content-Range,
# several ranges with multipart/byteranges, and 416 when unsatisfiable.
@app.get("/videos/{name}")
async def video(name: str):
    return FileResponse(f"/srv/videos/{name}.mp4", media_type="video/mp4")
