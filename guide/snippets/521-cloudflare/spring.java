# application.properties: listen where Cloudflare connects and shut down gracefully,
# so deploys drain requests instead of refusing connections (Cloudflare 521).
server.address=0.0.0.0
server.port=80
server.shutdown=graceful
spring.lifecycle.timeout-per-shutdown-phase=30s
