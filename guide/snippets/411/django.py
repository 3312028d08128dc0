from django.http import JsonResponse

def upload(request):
    if "CONTENT_LENGTH" not in request.META or request.META["CONTENT_LENGTH"] == "":
        return JsonResponse({"type": "about:blank", "title": "Length Required", "status": 411,
                             "detail": "Uploads must declare their size in Content-Length."},
                            status=411, content_type="application/problem+json")
    return JsonResponse({"bytes": len(request.body)}, status=201)
