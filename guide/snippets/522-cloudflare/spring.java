# application.properties: keep connections alive and bound the queue;
# excess requests get a fast 503 instead of an edge timeout (522).
server.port=80
server.tomcat.keep-alive-timeout=75s
server.tomcat.accept-count=200
server.tomcat.threads.max=200
