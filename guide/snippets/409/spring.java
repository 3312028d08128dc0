class StaleVersion extends RuntimeException {
    final long current;
    StaleVersion(long current) { this.current = current; }
}

@RestControllerAdvice
class ConflictAdvice {
    @ExceptionHandler(StaleVersion.class)
    ResponseEntity<ProblemDetail> onStale(StaleVersion ex) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
            "The document changed since you read it; re-read it and reapply your change.");
        pd.setType(URI.create("https://example.com/probs/version-conflict"));
        pd.setTitle("Version conflict");
        pd.setProperty("currentVersion", ex.current);
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(Long.toString(ex.current))
            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
