from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/batch")
def batch(ops: list[Op]):
    failed = next((op for op in ops if not op.valid), None)
    if failed:
        results = [{"id": op.id, "status": 422 if op is failed else 424} for op in ops]
        return JSONResponse({"type": "https://example.com/probs/batch-rolled-back", "title": "Failed Dependency",
                             "status": 424, "detail": f"Operation {failed.id} failed.", "results": results},
                            status_code=424, media_type="application/problem+json")
    return {"applied": len(ops)}
