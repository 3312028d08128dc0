from rest_framework.response import Response
from rest_framework.views import APIView

class ReportView(APIView):
    def get(self, request):
        variant = choose_variant(request)
        if variant.is_negotiable:
            logger.error("variant %s negotiates again", variant.path)
            return Response({"type": "about:blank", "title": "Variant Also Negotiates", "status": 506,
                             "detail": "Server negotiation is misconfigured."},
                            status=506, content_type="application/problem+json")
        return Response(variant.render())
