from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/feed")
async def feed(a_im: str = Header(""), if_none_match: str = Header('"0"')):
    since, newest = int(if_none_match.strip('"') or 0), entries.newest_id()
    headers = {"ETag": f'"{newest}"'}
    if "feed" in a_im and 0 < since < newest:
        headers |= {"IM": "feed", "Cache-Control": "no-store"}
        return JSONResponse(entries.after(since), status_code=226, headers=headers)
    return JSONResponse(entries.all(), headers=headers)
