import requests
from rest_framework.response import Response
from rest_framework.views import APIView

# A gateway whose upstream stalls while sending the response: 504, not 598.
class SearchView(APIView):
    def get(self, request):
        try:
            upstream = requests.get("http://search.internal/q", params=request.GET, timeout=(3, 8))
        except requests.ReadTimeout:
            return Response({"type": "about:blank", "title": "Gateway Timeout", "status": 504,
                             "detail": "The search service stopped responding."},
                            status=504, content_type="application/problem+json")
        return Response(upstream.json(), status=upstream.status_code)
