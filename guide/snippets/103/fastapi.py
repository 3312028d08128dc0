from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

# ASGI servers do not expose 103 to the app; a CDN with Early Hints learns the
# Link header from this response and sends 103 on later requests.
@app.get("/", response_class=HTMLResponse)
async def home():
    return HTMLResponse(render_home(), headers={"Link": "</app.css>; rel=preload; as=style"})
