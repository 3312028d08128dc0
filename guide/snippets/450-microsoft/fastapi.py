from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/articles/banned")
def banned():
    return JSONResponse(status_code=451, media_type="application/problem+json",
        headers={"Link": '<https://example.com/legal/court-order-42>; rel="blocked-by"'},
        content={"type": "about:blank", "title": "Unavailable For Legal Reasons", "status": 451,
                 "detail": "Unavailable in your country due to a court order."})
