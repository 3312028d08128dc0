from django.http import HttpResponseRedirect

PRIMARY = "https://eu-1.api.example.com"

def document(request, pk):
    if not is_primary_region():
        response = HttpResponseRedirect(f"{PRIMARY}/documents/{pk}")
        response.status_code = 307  # same method, same body
        response["Cache-Control"] = "no-store"
        return response
    return handle_document(request, pk)
