from django.http import HttpResponsePermanentRedirect

def v1_moved(request, rest):
    response = HttpResponsePermanentRedirect(f"https://api.example.com/v2/{rest}")
    response.status_code = 308  # permanent and method-preserving (301 is the default)
    response["Cache-Control"] = "max-age=3600"
    return response
