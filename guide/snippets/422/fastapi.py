from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/bookings")
def create_booking(booking: Booking):
    if booking.end <= booking.start:
        return JSONResponse(
            {"type": "https://example.com/probs/invalid-booking", "title": "Unprocessable Content",
             "status": 422, "detail": "end must be after start.",
             "errors": [{"pointer": "/end", "detail": "must be after /start"}]},
            status_code=422, media_type="application/problem+json")
