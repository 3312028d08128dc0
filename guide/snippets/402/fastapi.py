from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()
balance = {"acme": 0}

@app.post("/accounts/{account}/translate")
def translate(account: str):
    if balance[account] <= 0:
        return JSONResponse(status_code=402, media_type="application/problem+json", content={
            "type": "https://example.com/probs/credit-exhausted", "title": "Credit exhausted",
            "status": 402, "detail": "Top up your prepaid credit.", "balance": balance[account]})
    balance[account] -= 1
    return {"ok": True}
