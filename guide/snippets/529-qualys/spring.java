// Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
@PostMapping("/assessments")
ResponseEntity<?> assess(@RequestBody AssessmentRequest req) {
    if (queue.depth() > 1000) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
            "Too many assessments queued; try again later.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "900").body(pd);
    }
    return ResponseEntity.accepted().location(URI.create("/assessments/" + queue.submit(req))).build();
}
