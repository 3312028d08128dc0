# application.properties: Tomcat closes a connection whose request does not arrive in time
server.tomcat.connection-timeout=20s
# Spring itself never sends 408; if you must, use a ProblemDetail:
# ProblemDetail.forStatusAndDetail(HttpStatus.REQUEST_TIMEOUT, "The request body did not arrive in time.")
