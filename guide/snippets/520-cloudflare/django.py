# settings.py: return a complete problem+json 500 instead of a dropped connection.
REST_FRAMEWORK = {"EXCEPTION_HANDLER": "api.errors.problem_exception_handler"}

# api/errors.py
from rest_framework.response import Response
from rest_framework.views import exception_handler

def problem_exception_handler(exc, context):
    response = exception_handler(exc, context)
    return response or Response({"type": "about:blank", "title": "Internal Server Error", "status": 500,
                                 "detail": "An unexpected error occurred."},
                                status=500, content_type="application/problem+json")
