# Never emit 306. Where a "switch to the mirror" was intended, redirect instead:
from django.http import HttpResponseRedirect

def file_download(request, path):
    response = HttpResponseRedirect(f"https://mirror.example.com/files/{path}")
    response.status_code = 307  # temporary, keeps the method
    return response
