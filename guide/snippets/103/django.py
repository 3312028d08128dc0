# WSGI cannot send interim responses. Put the Link header on the final response:
# a CDN with Early Hints (Cloudflare, Fastly) replays it as 103 on later requests.
from django.shortcuts import render

def home(request):
    response = render(request, "home.html")
    response["Link"] = "</static/app.css>; rel=preload; as=style"
    return response
