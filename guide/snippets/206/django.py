# Django's FileResponse does not handle Range; let the front server (nginx) do it
# with X-Accel-Redirect, which answers 206 with Content-Range and 416 when needed.
from django.http import HttpResponse

def video(request, name):
    check_access(request.user, name)
    response = HttpResponse(content_type="video/mp4")
    response["X-Accel-Redirect"] = f"/protected/videos/{name}.mp4"
    return response
