@ExceptionHandler(RateLimitedException.class)
ResponseEntity<ProblemDetail> onRateLimited(RateLimitedException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
        "Search is limited to 180 requests per 15 minutes.");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd); // 429, never 420
}
