from rest_framework.response import Response
from rest_framework.views import APIView

class BrewView(APIView):
    # Not 418: the endpoint does not exist yet, so say so with a registered code.
    def post(self, request):
        return Response(
            {"type": "about:blank", "title": "Not Implemented", "status": 501,
             "detail": "Brewing is not supported by this server."},
            status=501, content_type="application/problem+json")
