from rest_framework.response import Response
from rest_framework.views import APIView

class ReportView(APIView):
    # Not 510: a missing required request header is a client error.
    def get(self, request):
        if "X-API-Features" not in request.headers:
            return Response({"type": "about:blank", "title": "Bad Request", "status": 400,
                             "detail": "Send X-API-Features listing the features you use."},
                            status=400, content_type="application/problem+json")
        return Response(build_report())
