from django.conf import settings
from rest_framework.response import Response
from rest_framework.views import APIView

class ReportView(APIView):
    def get(self, request):
        if settings.MAINTENANCE:
            return Response(
                {"type": "https://example.com/probs/maintenance", "title": "Service Unavailable",
                 "status": 503, "detail": "Scheduled database maintenance until 02:30 UTC."},
                status=503, content_type="application/problem+json",
                headers={"Retry-After": "900", "Cache-Control": "no-store"})
        return Response(build_report())
