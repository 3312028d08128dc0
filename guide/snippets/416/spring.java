// ResourceHttpRequestHandler and ResponseEntity<Resource> handle Range; for a 416 they send
// Content-Range: bytes */<length>. To add a problem body for invalid positions:
@ExceptionHandler(InvalidRangeException.class)
ResponseEntity<ProblemDetail> onRange(InvalidRangeException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
        "The file is " + ex.length() + " bytes long.");
    return ResponseEntity.status(416).header(HttpHeaders.CONTENT_RANGE, "bytes */" + ex.length())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
}
