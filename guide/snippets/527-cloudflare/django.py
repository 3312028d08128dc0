import requests
from django.http import HttpResponse, JsonResponse

# A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
def relay(request, page_id):
    try:
        upstream = requests.get(f"http://origin.internal/pages/{page_id}", timeout=10)
    except requests.ConnectionError:
        return JsonResponse({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "The link to the origin failed."},
                            status=502, content_type="application/problem+json")
    return HttpResponse(upstream.content, status=upstream.status_code,
                        content_type=upstream.headers.get("content-type"))
