from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def limit_target(request: Request, call_next):
    target = request.url.path + ("?" + request.url.query if request.url.query else "")
    if len(target) > 8000:
        return JSONResponse(status_code=414, media_type="application/problem+json", content={
            "type": "about:blank", "title": "URI Too Long", "status": 414,
            "detail": "Use POST /search for long queries.", "maxLength": 8000})
    return await call_next(request)
