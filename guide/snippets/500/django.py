import logging, uuid
from rest_framework.response import Response
from rest_framework.views import exception_handler

def problem_exception_handler(exc, context):
    response = exception_handler(exc, context)
    if response is not None:
        return response
    error_id = str(uuid.uuid4())
    logging.getLogger(__name__).exception("unhandled error %s", error_id)
    return Response({"type": "about:blank", "title": "Internal Server Error", "status": 500,
                     "detail": "An unexpected error occurred.", "errorId": error_id},
                    status=500, content_type="application/problem+json")
