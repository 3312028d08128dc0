from rest_framework.response import Response
from rest_framework.views import APIView

# Target for Cloudflare health checks, so unreachable origins fail over instead of 523.
class HealthView(APIView):
    def get(self, request):
        if not dependencies_up():
            return Response({"type": "about:blank", "title": "Service Unavailable", "status": 503,
                             "detail": "Origin is not ready."},
                            status=503, content_type="application/problem+json",
                            headers={"Cache-Control": "no-store"})
        return Response({"status": "ok"}, headers={"Cache-Control": "no-store"})
