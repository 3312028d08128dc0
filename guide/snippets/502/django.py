import requests
from rest_framework.response import Response
from rest_framework.views import APIView

class RatesView(APIView):
    def get(self, request):
        try:
            return Response(requests.get("http://rates.internal:8080/latest", timeout=5).json())
        except (requests.ConnectionError, ValueError):
            return Response({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "The rates service returned an invalid response."},
                            status=502, content_type="application/problem+json")
