# A captive-portal gateway, not an origin API. Origins should answer 401 instead.
from django.http import JsonResponse

class CaptivePortalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not device_is_authorized(request):
            return JsonResponse({"type": "about:blank", "title": "Network Authentication Required", "status": 511,
                                 "detail": "Log in at http://portal.example/login to use this network."},
                                status=511, content_type="application/problem+json",
                                headers={"Cache-Control": "no-store"})
        return self.get_response(request)
