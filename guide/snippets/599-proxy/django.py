import requests
from rest_framework.response import Response
from rest_framework.views import APIView

# A gateway that cannot connect upstream answers with registered codes, never 599.
class StockView(APIView):
    def get(self, request):
        try:
            return Response(requests.get("http://stock.internal/levels", timeout=(3, 10)).json())
        except requests.ConnectTimeout:
            status, detail = 504, "The stock service could not be reached in time."
        except requests.ConnectionError:
            status, detail = 502, "The stock service refused the connection."
        return Response({"type": "about:blank", "title": "Gateway error", "status": status, "detail": detail},
                        status=status, content_type="application/problem+json")
