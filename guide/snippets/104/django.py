# WSGI cannot send 104; implement the offset retrieval a resuming client needs.
from django.http import HttpResponse
from rest_framework.views import APIView

class UploadResource(APIView):
    def head(self, request, upload_id):
        upload = get_upload_or_404(upload_id)
        response = HttpResponse(status=204)
        response["Upload-Offset"] = str(upload.offset)
        response["Upload-Complete"] = "?1" if upload.complete else "?0"
        response["Cache-Control"] = "no-store"
        return response
