from rest_framework.views import exception_handler

# DRF raises NotAcceptable when no renderer matches Accept.
def problem_handler(exc, context):  # REST_FRAMEWORK["EXCEPTION_HANDLER"]
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 406:
        response.data = {"type": "about:blank", "title": "Not Acceptable", "status": 406,
                         "detail": "Available: application/json, text/csv."}
        response.content_type = "application/problem+json"
    return response
