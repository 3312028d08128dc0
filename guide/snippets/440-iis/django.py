# Django: an expired session on an API call -> 401 problem; on a page -> redirect to login.
from django.http import JsonResponse
from django.shortcuts import redirect

def session_expired(request):
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse({"type": "about:blank", "title": "Unauthorized", "status": 401,
                             "detail": "Your session expired; sign in again."}, status=401,
                            content_type="application/problem+json",
                            headers={"WWW-Authenticate": 'Session realm="app"'})
    return redirect(f"/login?next={request.path}")
