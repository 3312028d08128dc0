// A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
@ExceptionHandler(ResourceAccessException.class)
ResponseEntity<ProblemDetail> upstreamUnreachable(ResourceAccessException ex) {
    boolean dns = ex.getCause() instanceof UnknownHostException;
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
        dns ? "Upstream host name does not resolve." : "Upstream request failed.");
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(pd);
}
