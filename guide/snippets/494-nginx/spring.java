// Tomcat has its own limit (server.max-http-request-header-size, default 8KB) and answers 400.
// Map oversized headers to a 431 ProblemDetail in nginx instead:
//   error_page 494 =431 /errors/431.json;
@GetMapping("/errors/431.json")
ResponseEntity<ProblemDetail> headerTooLarge() {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
        "A request header (usually Cookie) is too large.");
    return ResponseEntity.status(431).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
}
