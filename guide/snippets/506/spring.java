@GetMapping("/report")
ResponseEntity<?> report(@RequestHeader HttpHeaders headers) {
    Variant chosen = negotiator.choose(headers.getAccept());
    if (chosen.isNegotiable()) {
        log.error("variant {} negotiates again", chosen.path());
        return ResponseEntity.status(506).body(
            ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(506), "Server negotiation is misconfigured."));
    }
    return ResponseEntity.ok().contentType(chosen.mediaType()).body(chosen.body());
}
