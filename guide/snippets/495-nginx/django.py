# nginx: ssl_verify_client optional; proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
from django.http import JsonResponse

class ClientCertMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        verify = request.headers.get("X-SSL-Client-Verify", "NONE")
        if verify.startswith("FAILED"):
            return JsonResponse({"type": "https://example.com/probs/client-cert-rejected",
                                 "title": "Client certificate rejected", "status": 403,
                                 "detail": verify[7:]}, status=403, content_type="application/problem+json")
        return self.get_response(request)
