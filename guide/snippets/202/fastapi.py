from fastapi import BackgroundTasks, FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/exports")
async def start_export(background: BackgroundTasks):
    job_id = jobs.create()
    background.add_task(run_export, job_id)
    return JSONResponse({"id": job_id, "state": "pending"}, status_code=202,
                        headers={"Location": f"/exports/jobs/{job_id}", "Retry-After": "2"})
