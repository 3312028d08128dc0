@GetMapping("/articles/{id}")
ResponseEntity<?> article(@PathVariable long id) {
    if (legal.isWithheld(id)) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS,
            "Withheld under court order 2026-HC-113.");
        return ResponseEntity.status(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS)
            .header(HttpHeaders.LINK, "<https://example.com/legal/takedowns>; rel=\"blocked-by\"")
            .cacheControl(CacheControl.noStore())
            .body(pd);
    }
    return ResponseEntity.ok(articles.find(id));
}
