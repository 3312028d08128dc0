# nginx.conf:
#   large_client_header_buffers 4 16k;
#   error_page 494 =431 /errors/431.json;
#   location = /errors/431.json { internal; default_type application/problem+json;
#     return 431 '{"type":"about:blank","title":"Request Header Fields Too Large","status":431}'; }
# Django never sees the request; nothing to do in views.
