# nginx.conf (where 444 belongs):
#   server { listen 80 default_server; server_name _; return 444; }
# Django then only sees known hosts; ALLOWED_HOSTS rejects the rest with 400:
from django.http import JsonResponse

def bad_request(request, exception=None):  # handler400 in urls.py
    return JsonResponse({"type": "about:blank", "title": "Bad Request", "status": 400,
                         "detail": "Unknown host."}, status=400, content_type="application/problem+json")
