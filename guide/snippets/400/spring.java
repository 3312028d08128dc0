@RestControllerAdvice
class MalformedBodyAdvice {
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail onUnreadable(HttpMessageNotReadableException ex) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
            "The request body is not valid JSON.");
        pd.setType(URI.create("https://example.com/probs/malformed-body"));
        return pd; // sent as application/problem+json
    }
}
