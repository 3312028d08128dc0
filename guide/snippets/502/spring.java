@GetMapping("/rates")
ResponseEntity<?> rates() {
    try {
        return ResponseEntity.ok(restClient.get().uri("http://rates.internal:8080/latest").retrieve().body(Rates.class));
    } catch (ResourceAccessException | RestClientResponseException ex) {
        log.warn("rates upstream failed", ex);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
            "The rates service returned an invalid response.");
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(pd);
    }
}
