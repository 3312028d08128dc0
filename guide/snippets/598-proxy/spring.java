// A gateway whose upstream stalls while sending the response: 504, not 598.
@ExceptionHandler(ResourceAccessException.class)
ResponseEntity<ProblemDetail> readTimeout(ResourceAccessException ex) {
    if (!(ex.getCause() instanceof SocketTimeoutException)) throw ex;
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
        "The search service stopped responding.");
    return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).body(pd);
}
