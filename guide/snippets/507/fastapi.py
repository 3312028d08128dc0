from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

app = FastAPI()

@app.put("/dav/{user}/{name}")
async def put_file(user: str, name: str, request: Request):
    body = await request.body()
    left = quota_left(user)
    if len(body) > left:
        return JSONResponse({"type": "https://example.com/probs/quota-exceeded", "title": "Insufficient Storage",
                             "status": 507, "detail": f"Upload exceeds the {left} bytes left in your quota."},
                            status_code=507, media_type="application/problem+json")
    store(user, name, body)
    return Response(status_code=201)
