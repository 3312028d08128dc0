// Tomcat's RemoteIpValve resolves the client IP from trusted proxies only:
// server.tomcat.remoteip.internal-proxies=10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}
// server.tomcat.remoteip.remote-ip-header=x-forwarded-for
// Detect loops in a filter before they reach 30 entries:
String xff = request.getHeader("X-Forwarded-For");
if (xff != null && xff.split(",").length > 20) {
    log.warn("possible proxy loop: {} X-Forwarded-For entries", xff.split(",").length);
}
