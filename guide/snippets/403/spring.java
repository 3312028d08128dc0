@RestControllerAdvice
class AccessAdvice {
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail onDenied(AccessDeniedException ex) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
            "Only project owners can delete a project.");
        pd.setType(URI.create("https://example.com/probs/role-required"));
        return pd;
    }
}
