// Standard replacement for "Retry With": 428 with a ProblemDetail naming the requirement.
@ExceptionHandler(MissingPreconditionException.class)
ProblemDetail onMissingPrecondition(MissingPreconditionException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
        "Repeat the request with If-Match set to the current ETag.");
    pd.setType(URI.create("https://example.com/probs/if-match-required"));
    return pd;
}
