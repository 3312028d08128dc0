# gunicorn.conf.py: terminate TLS on 443 so Cloudflare (Full mode) can complete the handshake.
bind = "0.0.0.0:443"
certfile = "/etc/ssl/cloudflare-origin.pem"   # Cloudflare Origin CA certificate
keyfile = "/etc/ssl/cloudflare-origin.key"
ssl_version = "TLSv1_2"
