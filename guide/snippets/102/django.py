# Django cannot send 102 (WSGI has no interim responses). Do what replaces it:
# accept the work and let the client poll a status resource.
from rest_framework.response import Response
from rest_framework.views import APIView

class Reports(APIView):
    def post(self, request):
        job = start_report_job(request.data)  # e.g. a Celery task
        return Response({"status": "queued"}, status=202,
                        headers={"Location": f"/reports/jobs/{job.id}"})
