from fastapi import FastAPI, Response, status

app = FastAPI()

@app.post("/orders", status_code=status.HTTP_201_CREATED)
async def create_order(order: NewOrder, response: Response):
    created = await orders.create(order)
    response.headers["Location"] = f"/orders/{created.id}"
    return created
