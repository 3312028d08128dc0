from django.views.decorators.cache import cache_control
from django.views.decorators.http import etag
from rest_framework.decorators import api_view
from rest_framework.response import Response

# The etag decorator answers 304 for a matching If-None-Match on GET/HEAD
# (and 412 for unsafe methods), copying the ETag onto the 304.
@api_view(["GET"])
@cache_control(no_cache=True)
@etag(lambda request: f'"v{Catalog.current_version()}"')
def catalog(request):
    return Response(CatalogSerializer(Catalog.current()).data)
