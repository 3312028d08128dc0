from django.http import JsonResponse

MAX_COOKIE = 4096

class CookieSizeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        size = len(request.headers.get("Cookie", "").encode())
        if size > MAX_COOKIE:
            return JsonResponse({"type": "about:blank", "title": "Request Header Fields Too Large", "status": 431,
                                 "detail": f"Cookie header is {size} bytes; the limit is {MAX_COOKIE}.", "field": "Cookie"},
                                status=431, content_type="application/problem+json", headers={"Cache-Control": "no-store"})
        return self.get_response(request)
