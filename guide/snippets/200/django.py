from rest_framework.generics import get_object_or_404
from rest_framework.response import Response
from rest_framework.views import APIView

class OrderDetail(APIView):
    def get(self, request, pk):
        order = get_object_or_404(Order, pk=pk)  # 404, not a 200 with an error
        response = Response(OrderSerializer(order).data)  # 200 by default
        response["ETag"] = f'"{order.version}"'
        response["Cache-Control"] = "private, max-age=60"
        return response
