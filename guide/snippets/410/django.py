from django.http import JsonResponse

def v1_retired(request, path=""):
    # urls.py: re_path(r"^v1/(?P<path>.*)$", v1_retired)
    return JsonResponse({"type": "https://example.com/probs/api-retired", "title": "Gone",
                         "status": 410, "detail": "API v1 was retired; use /v2."},
                        status=410, content_type="application/problem+json",
                        headers={"Link": '<https://example.com/docs/migrate-v2>; rel="help"'})
