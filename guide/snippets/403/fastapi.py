from fastapi import Depends, FastAPI, Response
from fastapi.responses import JSONResponse

app = FastAPI()

@app.delete("/projects/{project_id}")
def delete_project(project_id: int, user=Depends(current_user)):
    if user.role != "owner":
        return JSONResponse(status_code=403, media_type="application/problem+json", content={
            "type": "https://example.com/probs/role-required", "title": "Forbidden", "status": 403,
            "detail": "Only project owners can delete a project.", "requiredRole": "owner"})
    return Response(status_code=204)
