// Spring throws HttpMediaTypeNotAcceptableException (406) when no converter matches;
// with spring.mvc.problemdetails.enabled=true it is rendered as a ProblemDetail.
@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
ResponseEntity<String> onNotAcceptable(HttpMediaTypeNotAcceptableException ex) {
    // Written by hand: the client did not accept JSON, so bypass message conversion.
    String body = "{\"type\":\"about:blank\",\"title\":\"Not Acceptable\",\"status\":406,"
        + "\"detail\":\"Available: " + ex.getSupportedMediaTypes() + "\"}";
    return ResponseEntity.status(406).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
}
