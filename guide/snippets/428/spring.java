@PutMapping("/documents/{id}")
ResponseEntity<?> put(@PathVariable long id, @RequestBody Document doc,
                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    if (ifMatch == null) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
            "Send If-Match with the ETag from your last GET.");
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).cacheControl(CacheControl.noStore()).body(pd);
    }
    return documents.updateIfMatch(id, ifMatch, doc);
}
