from django.http import JsonResponse

def restricted_video(request, pk):
    if not request.user.is_authenticated or not request.user.profile.age_verified:
        return JsonResponse({"type": "https://example.com/probs/age-restricted", "title": "Forbidden",
                             "status": 403, "detail": "Restricted to verified adult accounts."},
                            status=403, content_type="application/problem+json")
    return JsonResponse({"id": pk})
