import socket
import requests
from rest_framework.response import Response
from rest_framework.views import APIView

# A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
class InventoryView(APIView):
    def get(self, request):
        try:
            return Response(requests.get("https://inventory.internal.example/items", timeout=5).json())
        except requests.ConnectionError as exc:
            dns = isinstance(exc.__context__, socket.gaierror) or "Name or service not known" in str(exc)
            return Response({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "Upstream host name does not resolve." if dns else "Upstream request failed."},
                            status=502, content_type="application/problem+json")
