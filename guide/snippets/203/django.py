# Origin side: keep proxies from rewriting signed or exact content.
from django.http import FileResponse
from django.utils.cache import patch_cache_control

def invoice_pdf(request, pk):
    response = FileResponse(open_invoice(pk), content_type="application/pdf")
    patch_cache_control(response, private=True, no_transform=True)
    return response
