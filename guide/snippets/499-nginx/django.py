# nginx.conf: make 499s analysable
#   log_format timed '$remote_addr "$request" $status rt=$request_time urt=$upstream_response_time rid=$request_id';
#   proxy_set_header X-Request-Id $request_id;
import logging

log = logging.getLogger("requests")

class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        log.info("rid=%s status=%s", request.headers.get("X-Request-Id"), response.status_code)
        return response  # an app 200 with an nginx 499 for the same rid: the client left first
