# Django never writes 100 itself: the WSGI/ASGI server or the reverse proxy answers
# Expect: 100-continue (gunicorn as soon as it has parsed the headers). The view can
# still refuse an oversized upload from Content-Length without reading the body.
from rest_framework.response import Response
from rest_framework.views import APIView

MAX_UPLOAD = 10 * 1024 * 1024

class FileUpload(APIView):
    def put(self, request, name):
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_UPLOAD:
            return Response({"type": "about:blank", "title": "Content Too Large", "status": 413,
                             "detail": "Uploads are limited to 10 MB."},
                            status=413, content_type="application/problem+json")
        save_file(name, request.body)
        return Response(status=204)
