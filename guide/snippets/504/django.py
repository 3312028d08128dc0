import requests
from rest_framework.response import Response
from rest_framework.views import APIView

class QuotesView(APIView):
    def get(self, request):
        try:
            return Response(requests.get("http://pricing.internal/quotes", timeout=5).json())
        except requests.Timeout:
            return Response({"type": "about:blank", "title": "Gateway Timeout", "status": 504,
                             "detail": "The pricing service did not answer within 5 s."},
                            status=504, content_type="application/problem+json")
