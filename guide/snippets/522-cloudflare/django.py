# gunicorn.conf.py: keep Cloudflare's connections alive and size the backlog,
# so bursts queue briefly instead of timing out at the edge (522).
bind = "0.0.0.0:80"
keepalive = 75          # seconds; longer than Cloudflare's idle reuse
backlog = 2048
workers = 9             # 2 * cores + 1
worker_class = "gthread"
threads = 4
