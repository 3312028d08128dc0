from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/live")
def live():
    return JSONResponse({"type": "about:blank", "title": "Upgrade Required", "status": 426,
                         "detail": "This endpoint only speaks WebSocket."},
                        status_code=426, media_type="application/problem+json",
                        headers={"Upgrade": "websocket", "Connection": "Upgrade"})
