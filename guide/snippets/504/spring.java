@ExceptionHandler(UpstreamTimeoutException.class)
ResponseEntity<ProblemDetail> upstreamTimeout(UpstreamTimeoutException ex) {
    log.warn("pricing upstream timed out", ex);
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
        "The pricing service did not answer within 5 s.");
    return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT)
        .cacheControl(CacheControl.noStore())
        .body(pd);
}
