from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse

app = FastAPI()

# Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
@app.post("/assessments")
def assess(body: AssessmentRequest):
    if queue_depth() > 1000:
        return JSONResponse({"type": "about:blank", "title": "Service Unavailable", "status": 503,
                             "detail": "Too many assessments queued; try again later."},
                            status_code=503, media_type="application/problem+json", headers={"Retry-After": "900"})
    return Response(status_code=202, headers={"Location": f"/assessments/{enqueue(body)}"})
