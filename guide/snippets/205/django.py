from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

class MeterReadings(APIView):
    def post(self, request):
        MeterReading.objects.create(**request.data)
        # Django frames it with Content-Length: 0; the client clears its form.
        return Response(status=status.HTTP_205_RESET_CONTENT)
