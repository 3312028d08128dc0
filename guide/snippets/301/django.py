from django.shortcuts import redirect

def old_blog_post(request, year, slug):
    # permanent=True sends 301 Moved Permanently with Location
    return redirect("post-detail", slug=slug, permanent=True)
