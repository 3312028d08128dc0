from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

# Never emit 306; RedirectResponse defaults to 307 Temporary Redirect.
@app.get("/files/{path:path}")
async def file_download(path: str):
    return RedirectResponse(f"https://mirror.example.com/files/{path}")
