from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.get("/blog/{year}/{slug}")
async def old_post(year: int, slug: str):
    return RedirectResponse(f"/posts/{slug}", status_code=301,
                            headers={"Cache-Control": "max-age=86400"})
