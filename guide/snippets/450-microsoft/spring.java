@ExceptionHandler(AgeRestrictedException.class)
ProblemDetail onRestricted(AgeRestrictedException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "Restricted to verified adult accounts.");
    pd.setType(URI.create("https://example.com/probs/age-restricted"));
    return pd;
}
