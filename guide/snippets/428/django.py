from rest_framework.response import Response
from rest_framework.views import APIView

class DocumentView(APIView):
    def put(self, request, pk):
        if "If-Match" not in request.headers:
            return Response({"type": "https://example.com/probs/precondition-required",
                             "title": "Precondition Required", "status": 428,
                             "detail": "Send If-Match with the ETag from your last GET."},
                            status=428, content_type="application/problem+json",
                            headers={"Cache-Control": "no-store"})
        return update_if_match(pk, request)
