from rest_framework.response import Response
from rest_framework.views import APIView

class ArticleView(APIView):
    def get(self, request, pk):
        if is_withheld(pk, request):
            return Response({"type": "https://example.com/probs/legal-block", "title": "Unavailable For Legal Reasons",
                             "status": 451, "detail": "Withheld under court order 2026-HC-113."},
                            status=451, content_type="application/problem+json",
                            headers={"Link": '<https://example.com/legal/takedowns>; rel="blocked-by"',
                                     "Cache-Control": "no-store"})
        return Response(load_article(pk))
