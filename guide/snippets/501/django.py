from django.http import JsonResponse

KNOWN = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

class UnknownMethodMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in KNOWN:
            return JsonResponse({"type": "about:blank", "title": "Not Implemented", "status": 501,
                                 "detail": f"Method {request.method} is not implemented by this server."},
                                status=501, content_type="application/problem+json")
        return self.get_response(request)
