from rest_framework.response import Response
from rest_framework.views import APIView

# Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
class AssessmentView(APIView):
    def post(self, request):
        if queue_depth() > 1000:
            return Response({"type": "about:blank", "title": "Service Unavailable", "status": 503,
                             "detail": "Too many assessments queued; try again later."},
                            status=503, content_type="application/problem+json", headers={"Retry-After": "900"})
        job = enqueue_assessment(request.data)
        return Response(status=202, headers={"Location": f"/assessments/{job.id}"})
