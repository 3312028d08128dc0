import uuid
from fastapi import BackgroundTasks, FastAPI, Response

app = FastAPI()

@app.post("/exports", status_code=202)
def start_export(background: BackgroundTasks, response: Response):
    job_id = str(uuid.uuid4())
    background.add_task(run_export, job_id)  # long work after the response: no Cloudflare 524
    response.headers["Location"] = f"/exports/{job_id}"
    return {"id": job_id, "state": "running"}
