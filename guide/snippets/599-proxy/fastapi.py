import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

# A gateway that cannot connect upstream answers with registered codes, never 599.
@app.get("/stock")
async def stock():
    try:
        async with httpx.AsyncClient(timeout=httpx.Timeout(10, connect=3)) as client:
            return (await client.get("http://stock.internal/levels")).json()
    except httpx.ConnectTimeout:
        status, detail = 504, "The stock service could not be reached in time."
    except httpx.ConnectError:
        status, detail = 502, "The stock service refused the connection."
    return JSONResponse({"type": "about:blank", "title": "Gateway error", "status": status, "detail": detail},
                        status_code=status, media_type="application/problem+json")
