# nginx for a non-standard TLS port used by people:
#   server { listen 8443 ssl; error_page 497 =301 https://$host:$server_port$request_uri; }
# Django side: trust the proxy's scheme and send HSTS so browsers stop using http://
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
# For APIs prefer a 400 problem+json over a redirect: error_page 497 =400 /errors/https-required;
