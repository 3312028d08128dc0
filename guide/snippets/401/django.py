from rest_framework.views import exception_handler

# DRF sends WWW-Authenticate only if the first authentication class defines
# authenticate_header(); otherwise it downgrades 401 to 403.
def problem_handler(exc, context):
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 401:
        response.data = {"type": "about:blank", "title": "Unauthorized", "status": 401,
                         "detail": str(exc.detail)}
        response.content_type = "application/problem+json"
    return response  # keeps the WWW-Authenticate header DRF set
