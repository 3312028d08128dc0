@GetMapping("/guide")
ResponseEntity<Map<String, List<Variant>>> guide() {
    List<Variant> variants = List.of(new Variant("en", "/guide.en.html"), new Variant("de", "/guide.de.html"));
    return ResponseEntity.status(HttpStatus.MULTIPLE_CHOICES)
        .location(URI.create("/guide.en.html"))
        .body(Map.of("alternatives", variants));
}
