from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

class Token(APIView):
    def delete(self, request, pk):
        Token.objects.filter(pk=pk, user=request.user).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)  # no data, no body
