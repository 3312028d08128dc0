from django.http import JsonResponse

# django.views.decorators.http.condition() evaluates If-Match / If-Unmodified-Since and answers 412 itself
# (with an empty body). To send problem+json, check explicitly:
def put_doc(request, pk):
    doc = Document.objects.get(pk=pk)
    if request.headers.get("If-Match") not in (None, "*", f'"{doc.version}"'):
        return JsonResponse({"type": "about:blank", "title": "Precondition Failed", "status": 412,
                             "detail": "The document changed since you fetched it."},
                            status=412, content_type="application/problem+json",
                            headers={"ETag": f'"{doc.version}"'})
    doc.apply(request.body)
    return JsonResponse({"version": doc.version}, headers={"ETag": f'"{doc.version}"'})
