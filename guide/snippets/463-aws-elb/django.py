# nginx edge in front of the ALB: replace, do not append, the client's header.
#   proxy_set_header X-Forwarded-For $remote_addr;
# Django: read the address your own proxy added (right-most trusted entry).
def client_ip(request, trusted_hops=1):
    chain = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    return chain[-trusted_hops] if len(chain) >= trusted_hops else request.META["REMOTE_ADDR"]
