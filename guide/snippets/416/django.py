# Django's FileResponse ignores Range; whitenoise and nginx handle it for static files.
from django.http import FileResponse, JsonResponse
import re

def video(request):
    size = VIDEO_PATH.stat().st_size
    m = re.match(r"bytes=(\d+)-", request.headers.get("Range", ""))
    if m and int(m.group(1)) >= size:
        return JsonResponse({"type": "about:blank", "title": "Range Not Satisfiable", "status": 416,
                             "detail": f"The file is {size} bytes long."}, status=416,
                            content_type="application/problem+json",
                            headers={"Content-Range": f"bytes */{size}"})
    return FileResponse(open(VIDEO_PATH, "rb"))
