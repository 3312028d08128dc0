# application.properties: serve a certificate that validates for the hostname
# (Cloudflare Origin CA or public CA); an expired or mismatched one causes 526.
server.port=443
server.ssl.certificate=file:/etc/ssl/cloudflare-origin.pem
server.ssl.certificate-private-key=file:/etc/ssl/cloudflare-origin.key
management.endpoints.web.exposure.include=health,ssl
management.health.ssl.enabled=true
