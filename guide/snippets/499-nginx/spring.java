// Spring sees a client abort as an IOException when writing (ClientAbortException on Tomcat).
@ExceptionHandler(AsyncRequestNotUsableException.class)
void onClientGone(AsyncRequestNotUsableException ex, HttpServletRequest req) {
    log.info("client closed request (nginx logs 499): {} {}", req.getMethod(), req.getRequestURI());
    // nothing to send: the client is gone
}
