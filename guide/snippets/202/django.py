from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

class Exports(APIView):
    def post(self, request):
        job = export_task.delay(request.user.pk)  # Celery: runs later
        return Response({"id": job.id, "state": "pending"},
                        status=status.HTTP_202_ACCEPTED,
                        headers={"Location": f"/exports/jobs/{job.id}", "Retry-After": "2"})
