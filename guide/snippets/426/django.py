from rest_framework.response import Response
from rest_framework.views import APIView

class LiveView(APIView):
    def get(self, request):
        return Response({"type": "about:blank", "title": "Upgrade Required", "status": 426,
                         "detail": "This endpoint only speaks WebSocket."},
                        status=426, content_type="application/problem+json",
                        headers={"Upgrade": "websocket", "Connection": "Upgrade"})
