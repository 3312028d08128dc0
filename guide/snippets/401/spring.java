@RestControllerAdvice
class AuthAdvice {
    @ExceptionHandler(InvalidTokenException.class)
    ResponseEntity<ProblemDetail> onInvalidToken(InvalidTokenException ex) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
            "The access token has expired.");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"api\", error=\"invalid_token\"")
            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
