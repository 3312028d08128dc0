from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()
orders = {1: {"id": 1, "total": 30}}

@app.get("/orders/{order_id}")
def get_order(order_id: int):
    if order_id not in orders:
        return JSONResponse(status_code=404, media_type="application/problem+json", content={
            "type": "about:blank", "title": "Not Found", "status": 404,
            "detail": f"Order {order_id} does not exist."})
    return orders[order_id]
