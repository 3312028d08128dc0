from fastapi import FastAPI, Response

app = FastAPI()

@app.post("/meter-readings", status_code=205)
async def record(reading: Reading) -> Response:
    await readings.save(reading)
    return Response(status_code=205, headers={"Content-Length": "0"})
