from rest_framework.response import Response
from rest_framework.views import APIView

class BatchView(APIView):
    def post(self, request):
        failed = next((op for op in request.data if not is_valid(op)), None)
        if failed:
            results = [{"id": op["id"], "status": 422 if op is failed else 424} for op in request.data]
            return Response({"type": "https://example.com/probs/batch-rolled-back", "title": "Failed Dependency",
                             "status": 424, "detail": f"Operation {failed['id']} failed.", "results": results},
                            status=424, content_type="application/problem+json")
        return Response({"applied": len(request.data)})
