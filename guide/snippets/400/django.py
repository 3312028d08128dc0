# settings.py: REST_FRAMEWORK = {"EXCEPTION_HANDLER": "shop.errors.problem_handler"}
from rest_framework.views import exception_handler

def problem_handler(exc, context):
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 400:
        response.data = {"type": "https://example.com/probs/invalid-request", "title": "Bad Request",
                         "status": 400, "detail": "The request is malformed.", "errors": response.data}
        response.content_type = "application/problem+json"
    return response
