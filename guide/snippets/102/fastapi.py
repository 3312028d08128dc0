from fastapi import BackgroundTasks, FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

# ASGI has no way to send 102; accept the work and expose its status.
@app.post("/reports")
async def create_report(background: BackgroundTasks):
    job_id = new_job_id()
    background.add_task(build_report, job_id)
    return JSONResponse({"status": "queued"}, status_code=202,
                        headers={"Location": f"/reports/jobs/{job_id}"})
