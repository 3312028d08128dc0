from rest_framework.views import exception_handler

# DRF raises MethodNotAllowed and sets Allow from the view's allowed methods.
def problem_handler(exc, context):  # REST_FRAMEWORK["EXCEPTION_HANDLER"]
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 405:
        response.data = {"type": "about:blank", "title": "Method Not Allowed", "status": 405,
                         "detail": str(exc.detail)}
        response.content_type = "application/problem+json"
    return response  # Allow header preserved
