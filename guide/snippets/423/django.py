from rest_framework.response import Response
from rest_framework.views import APIView

class FileView(APIView):
    def put(self, request, name):
        lock = Lock.objects.filter(path=request.path).first()
        if lock and lock.token not in request.headers.get("If", ""):
            return Response({"type": "https://example.com/probs/locked", "title": "Locked", "status": 423,
                             "detail": "The file is locked; submit its lock token.", "lockedHref": request.path},
                            status=423, content_type="application/problem+json")
        save_file(name, request.data)
        return Response(status=204)
