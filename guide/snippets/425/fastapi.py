from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/payments", status_code=201)
def pay(body: PaymentRequest, early_data: str | None = Header(default=None)):
    if early_data == "1":
        return JSONResponse({"type": "about:blank", "title": "Too Early", "status": 425,
                             "detail": "Payments are not accepted in TLS early data."},
                            status_code=425, media_type="application/problem+json")
    return {"id": create_payment(body)}
