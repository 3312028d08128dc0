# gunicorn.conf.py: bind on all interfaces on the port Cloudflare's SSL mode uses,
# and let workers finish in-flight requests on restart instead of refusing connections.
bind = "0.0.0.0:443"
certfile = "/etc/ssl/origin.pem"
keyfile = "/etc/ssl/origin.key"
graceful_timeout = 30

# Use "kill -HUP" (graceful reload) for deploys: the listening socket stays open.
