@GetMapping("/blog/{year}/{slug}")
ResponseEntity<Void> oldPost(@PathVariable String slug) {
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .location(URI.create("/posts/" + slug))
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
        .build();
}
