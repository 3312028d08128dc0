from django.http import JsonResponse, HttpResponse

def propfind(request, path):
    depth = request.headers.get("Depth", "infinity")
    if depth == "infinity" and has_binding_cycle(path):
        return JsonResponse({"type": "about:blank", "title": "Loop Detected", "status": 508,
                             "detail": "A binding under this collection points to an ancestor; use Depth: 1."},
                            status=508, content_type="application/problem+json")
    return HttpResponse(multistatus(path, depth), status=207, content_type="application/xml")
