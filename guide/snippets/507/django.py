from rest_framework.response import Response
from rest_framework.views import APIView

class DavUploadView(APIView):
    def put(self, request, user, name):
        left = quota_left(user)
        size = int(request.headers.get("Content-Length", 0))
        if size > left:
            return Response({"type": "https://example.com/probs/quota-exceeded", "title": "Insufficient Storage",
                             "status": 507, "detail": f"Upload exceeds the {left} bytes left in your quota."},
                            status=507, content_type="application/problem+json")
        store(user, name, request.body)
        return Response(status=201)
