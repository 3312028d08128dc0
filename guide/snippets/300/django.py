from django.http import JsonResponse

def guide(request):
    variants = [{"lang": "en", "href": "/guide.en.html"}, {"lang": "de", "href": "/guide.de.html"}]
    response = JsonResponse({"alternatives": variants}, status=300)
    response["Location"] = "/guide.en.html"  # preferred choice
    return response
