from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def check_expect(request: Request, call_next):
    expect = request.headers.get("expect")
    if expect is not None and expect.lower() != "100-continue":
        return JSONResponse(status_code=417, media_type="application/problem+json",
            headers={"Connection": "close"},
            content={"type": "about:blank", "title": "Expectation Failed", "status": 417,
                     "detail": "Only Expect: 100-continue is supported."})
    return await call_next(request)
