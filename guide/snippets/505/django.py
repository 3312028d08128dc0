from django.http import JsonResponse

class RejectHttp10Middleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get("SERVER_PROTOCOL") == "HTTP/1.0":
            return JsonResponse({"type": "about:blank", "title": "HTTP Version Not Supported", "status": 505,
                                 "detail": "HTTP/1.0 is not supported; use HTTP/1.1 or HTTP/2."},
                                status=505, content_type="application/problem+json")
        return self.get_response(request)
