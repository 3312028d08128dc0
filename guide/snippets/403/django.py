from rest_framework.permissions import BasePermission
from rest_framework.views import exception_handler

class IsOwner(BasePermission):
    message = "Only project owners can delete a project."
    def has_object_permission(self, request, view, obj):
        return obj.owner_id == request.user.id

def problem_handler(exc, context):  # REST_FRAMEWORK["EXCEPTION_HANDLER"]
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 403:
        response.data = {"type": "https://example.com/probs/role-required", "title": "Forbidden",
                         "status": 403, "detail": str(exc.detail)}
        response.content_type = "application/problem+json"
    return response
