@PostMapping("/bookings")
ResponseEntity<?> create(@RequestBody Booking b) {
    if (!b.end().isAfter(b.start())) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422), "end must be after start.");
        pd.setType(URI.create("https://example.com/probs/invalid-booking"));
        pd.setProperty("errors", List.of(Map.of("pointer", "/end", "detail", "must be after /start")));
        return ResponseEntity.unprocessableEntity().body(pd);
    }
    return ResponseEntity.ok(service.book(b));
}
