# application.properties: expose a health endpoint for Cloudflare health checks.
# An origin that is unreachable or unhealthy fails the probe and traffic fails over.
management.endpoints.web.exposure.include=health
management.endpoint.health.probes.enabled=true
management.server.port=443
