// A gateway that cannot connect upstream answers with registered codes, never 599.
@ExceptionHandler(ResourceAccessException.class)
ResponseEntity<ProblemDetail> connectFailed(ResourceAccessException ex) {
    HttpStatus status = ex.getCause() instanceof ConnectException ? HttpStatus.BAD_GATEWAY : HttpStatus.GATEWAY_TIMEOUT;
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, "The stock service could not be reached.");
    return ResponseEntity.status(status).body(pd);
}
