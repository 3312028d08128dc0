# nginx: ssl_verify_client optional; proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
from django.http import JsonResponse

def partner_orders(request):
    if request.headers.get("X-SSL-Client-Verify", "NONE") == "NONE":
        return JsonResponse({"type": "https://example.com/probs/client-cert-required",
                             "title": "Client certificate required", "status": 401,
                             "detail": "Partner endpoints require a TLS client certificate."},
                            status=401, content_type="application/problem+json",
                            headers={"WWW-Authenticate": 'MutualTLS realm="partner"'})
    return JsonResponse({"orders": []})
