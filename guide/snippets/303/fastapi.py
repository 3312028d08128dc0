from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.post("/orders")
async def place_order(item: str = Form(...)):
    order = await orders.place(item)
    return RedirectResponse(f"/orders/{order.id}/confirmation", status_code=303)
