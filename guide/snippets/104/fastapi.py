from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

app = FastAPI()

@app.head("/uploads/{upload_id}")
async def upload_offset(upload_id: str):
    upload = uploads.get(upload_id)
    if upload is None:
        raise HTTPException(status_code=404)
    return Response(status_code=204, headers={
        "Upload-Offset": str(upload.offset),
        "Upload-Complete": "?1" if upload.complete else "?0",
        "Cache-Control": "no-store",
    })
