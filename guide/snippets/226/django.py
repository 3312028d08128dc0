from django.http import JsonResponse

def feed(request):
    since = int(request.headers.get("If-None-Match", "0").strip('"') or 0)
    newest = Entry.objects.latest("id").id
    if "feed" in request.headers.get("A-IM", "") and 0 < since < newest:
        entries = list(Entry.objects.filter(id__gt=since).values("id", "title"))
        response = JsonResponse(entries, safe=False, status=226)
        response["IM"] = "feed"
        response["Cache-Control"] = "no-store"
    else:
        response = JsonResponse(list(Entry.objects.values("id", "title")), safe=False)
    response["ETag"] = f'"{newest}"'
    return response
