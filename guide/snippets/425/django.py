from rest_framework.response import Response
from rest_framework.views import APIView

class PaymentView(APIView):
    def post(self, request):
        if request.headers.get("Early-Data") == "1":
            return Response({"type": "about:blank", "title": "Too Early", "status": 425,
                             "detail": "Payments are not accepted in TLS early data."},
                            status=425, content_type="application/problem+json")
        return Response({"id": create_payment(request.data)}, status=201)
