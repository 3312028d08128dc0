# Django's equivalent failure is 403; make it problem+json via CSRF_FAILURE_VIEW.
from django.http import JsonResponse

def csrf_failure(request, reason=""):  # settings.CSRF_FAILURE_VIEW = "app.views.csrf_failure"
    return JsonResponse({"type": "https://example.com/probs/csrf-token-mismatch", "title": "Forbidden",
                         "status": 403, "detail": "Reload the page and submit the form again."},
                        status=403, content_type="application/problem+json")
