from fastapi import FastAPI, HTTPException, Response

app = FastAPI()

@app.get("/orders/{order_id}")
async def get_order(order_id: str, response: Response):
    order = orders.get(order_id)
    if order is None:
        raise HTTPException(status_code=404, detail=f"There is no order {order_id}.")
    response.headers["ETag"] = f'"{order.version}"'
    response.headers["Cache-Control"] = "private, max-age=60"
    return order  # 200 with a JSON representation
