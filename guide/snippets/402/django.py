from rest_framework.response import Response
from rest_framework.views import APIView

class ReportView(APIView):
    def post(self, request):
        if not request.user.account.subscription_active:
            return Response({"type": "https://example.com/probs/subscription-required",
                             "title": "Subscription required", "status": 402,
                             "detail": "Reports need an active subscription."},
                            status=402, content_type="application/problem+json")
        return Response(status=202)
