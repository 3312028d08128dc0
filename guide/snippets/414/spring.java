// Tomcat rejects overlong request lines itself (server.max-http-request-header-size).
// For an application-level limit on query parameters:
@GetMapping("/search")
ResponseEntity<?> search(@RequestParam List<Long> ids) {
    if (ids.size() > 500) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.URI_TOO_LONG,
            "At most 500 ids per GET; use POST /search for more.");
        return ResponseEntity.status(HttpStatus.URI_TOO_LONG)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
    return ResponseEntity.ok(service.find(ids));
}
