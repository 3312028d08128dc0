from fastapi import FastAPI, WebSocket

app = FastAPI()

@app.websocket("/echo")
async def echo(websocket: WebSocket):
    await websocket.accept()  # uvicorn writes 101 Switching Protocols here
    async for text in websocket.iter_text():
        await websocket.send_text(text)
