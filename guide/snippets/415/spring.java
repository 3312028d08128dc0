// @PostMapping(consumes = "application/json") makes Spring throw
// HttpMediaTypeNotSupportedException; it already sets Accept with the supported types.
@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
ResponseEntity<ProblemDetail> on415(HttpMediaTypeNotSupportedException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Send the order as application/json.");
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .headers(ex.getHeaders()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
}
