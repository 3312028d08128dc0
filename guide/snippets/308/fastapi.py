from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
async def v1_moved(rest: str):
    return RedirectResponse(f"https://api.example.com/v2/{rest}", status_code=308,
                            headers={"Cache-Control": "max-age=3600"})
