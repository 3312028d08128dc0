from rest_framework.parsers import JSONParser
from rest_framework.views import APIView, exception_handler

class OrderView(APIView):
    parser_classes = [JSONParser]  # other Content-Types raise UnsupportedMediaType (415)

def problem_handler(exc, context):  # REST_FRAMEWORK["EXCEPTION_HANDLER"]
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 415:
        response.data = {"type": "about:blank", "title": "Unsupported Media Type", "status": 415,
                         "detail": str(exc.detail)}
        response.content_type = "application/problem+json"
        response["Accept"] = "application/json"
    return response
