from rest_framework.response import Response
from rest_framework.views import APIView

# Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
class DownloadView(APIView):
    def get(self, request, name):
        if bytes_used(request.user) >= MONTHLY_QUOTA:
            return Response({"type": "https://example.com/probs/transfer-quota", "title": "Too Many Requests",
                             "status": 429, "detail": "Monthly download quota used."},
                            status=429, content_type="application/problem+json",
                            headers={"Retry-After": str(seconds_until_reset())})
        return serve_file(name)
