// Not 418: block unwanted bots with a registered code.
@ExceptionHandler(BlockedClientException.class)
ProblemDetail blocked(BlockedClientException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "Automated clients must use the API.");
    pd.setType(URI.create("https://example.com/probs/blocked-client"));
    return pd;
}
