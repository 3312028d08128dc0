# application.properties: serve TLS on 443 for Cloudflare Full / Full (strict) mode.
server.port=443
server.ssl.enabled=true
server.ssl.certificate=classpath:cloudflare-origin.pem
server.ssl.certificate-private-key=classpath:cloudflare-origin.key
server.ssl.enabled-protocols=TLSv1.2,TLSv1.3
