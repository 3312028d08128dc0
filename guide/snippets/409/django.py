from rest_framework.response import Response
from rest_framework.views import APIView
from .models import Document

class DocumentView(APIView):
    def patch(self, request, pk):
        sent = request.data.get("version")
        # Compare-and-set in one UPDATE: no window for a lost update.
        if Document.objects.filter(pk=pk, version=sent).update(
                title=request.data["title"], version=sent + 1) == 0:
            current = Document.objects.get(pk=pk).version
            return Response(
                {"type": "https://example.com/probs/version-conflict", "title": "Version conflict",
                 "status": 409, "detail": f"Version {sent} is stale; current is {current}.",
                 "currentVersion": current},
                status=409, content_type="application/problem+json",
                headers={"ETag": f'"{current}"'})
        return Response({"version": sent + 1})
