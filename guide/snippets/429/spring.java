@ExceptionHandler(RateLimitedException.class)
ResponseEntity<ProblemDetail> rateLimited(RateLimitedException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
        "Limit of 100 searches per minute reached.");
    pd.setType(URI.create("https://example.com/probs/rate-limited"));
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
        .body(pd);
}
