// A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
@ExceptionHandler(ResourceAccessException.class)
ResponseEntity<ProblemDetail> linkFailed(ResourceAccessException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, "The link to the origin failed.");
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(pd);
}
