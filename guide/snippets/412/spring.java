@PutMapping("/docs/{id}")
ResponseEntity<?> put(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                      @RequestBody String body) {
    Doc doc = docs.get(id);
    String etag = "\"" + doc.version() + "\"";
    if (ifMatch != null && !ifMatch.equals(etag) && !ifMatch.equals("*")) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
            "The document changed since you fetched it.");
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(etag)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
    return ResponseEntity.noContent().eTag("\"" + docs.update(id, body).version() + "\"").build();
}
