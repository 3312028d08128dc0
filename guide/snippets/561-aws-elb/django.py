from django.http import HttpResponseRedirect, JsonResponse

# In-app OIDC callback: map IdP errors to registered codes, never to 561.
def auth_callback(request):
    error = request.GET.get("error")
    if error is None:
        return HttpResponseRedirect("/")
    status, detail = {"access_denied": (403, "Sign-in was denied at the identity provider."),
                      "temporarily_unavailable": (503, "The identity provider is unavailable.")}.get(
        error, (502, "The identity provider returned an error."))
    return JsonResponse({"type": "about:blank", "title": "Sign-in failed", "status": status, "detail": detail},
                        status=status, content_type="application/problem+json")
