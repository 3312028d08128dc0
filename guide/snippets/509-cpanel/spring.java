// Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
@ExceptionHandler(TransferQuotaExceededException.class)
ResponseEntity<ProblemDetail> quota(TransferQuotaExceededException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Monthly download quota used.");
    pd.setType(URI.create("https://example.com/probs/transfer-quota"));
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.secondsUntilReset()))
        .body(pd);
}
