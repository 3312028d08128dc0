from rest_framework.response import Response
from rest_framework.views import APIView
from .models import Order

class OrderView(APIView):
    def get(self, request, pk):
        order = Order.objects.filter(pk=pk, owner=request.user).first()
        if order is None:  # absent, or not the caller's: same answer
            return Response({"type": "about:blank", "title": "Not Found", "status": 404,
                             "detail": f"Order {pk} does not exist."},
                            status=404, content_type="application/problem+json",
                            headers={"Cache-Control": "no-store"})
        return Response({"id": order.pk})
