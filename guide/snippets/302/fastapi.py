from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.get("/downloads/latest")
async def latest():
    # RedirectResponse defaults to 307; ask for 302 explicitly.
    return RedirectResponse(f"/downloads/{latest_release()}.tar.gz", status_code=302)
