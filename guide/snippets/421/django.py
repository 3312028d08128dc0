from django.http import JsonResponse

class MisdirectedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = request.get_host().split(":")[0]
        if host not in {"api.example.com"}:
            return JsonResponse({"type": "about:blank", "title": "Misdirected Request", "status": 421,
                                 "detail": f"This server does not serve {host}."},
                                status=421, content_type="application/problem+json")
        return self.get_response(request)
