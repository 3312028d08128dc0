from rest_framework.response import Response
from rest_framework.views import APIView

class SearchView(APIView):
    def post(self, request):
        return Response(
            {"type": "https://example.com/probs/rate-limited", "title": "Too Many Requests",
             "status": 429, "detail": "Limit of 100 searches per minute reached."},
            status=429, content_type="application/problem+json",
            headers={"Retry-After": "30", "Cache-Control": "no-store"},
        )
