from rest_framework.response import Response
from rest_framework.views import APIView

class ExportView(APIView):
    # Queue the long job and answer 202 immediately; avoids Cloudflare 524 on slow exports.
    def post(self, request):
        job = export_task.delay(request.data)  # Celery task
        return Response({"id": job.id, "state": "running"}, status=202,
                        headers={"Location": f"/exports/{job.id}"})
