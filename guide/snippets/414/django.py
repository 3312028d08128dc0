from django.http import JsonResponse

class UriLengthMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if len(request.get_full_path()) > 8000:
            return JsonResponse({"type": "about:blank", "title": "URI Too Long", "status": 414,
                                 "detail": "Use POST /search for long queries.", "maxLength": 8000},
                                status=414, content_type="application/problem+json")
        return self.get_response(request)
