from rest_framework.response import Response
from rest_framework.views import APIView

class BookingView(APIView):
    def post(self, request):
        if request.data["end"] <= request.data["start"]:
            return Response(
                {"type": "https://example.com/probs/invalid-booking", "title": "Unprocessable Content",
                 "status": 422, "detail": "end must be after start.",
                 "errors": [{"pointer": "/end", "detail": "must be after /start"}]},
                status=422, content_type="application/problem+json")
