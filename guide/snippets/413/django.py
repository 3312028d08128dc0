# settings.py: DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024 (Django raises RequestDataTooBig -> 400 by default)
from django.http import JsonResponse

MAX = 5 * 1024 * 1024

def upload_avatar(request):
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX:
        return JsonResponse({"type": "about:blank", "title": "Content Too Large", "status": 413,
                             "detail": "Avatars are limited to 5 MiB.", "maxBytes": MAX},
                            status=413, content_type="application/problem+json")
    return JsonResponse({}, status=201)
