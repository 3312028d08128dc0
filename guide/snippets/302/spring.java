@GetMapping("/downloads/latest")
ResponseEntity<Void> latest() {
    return ResponseEntity.status(HttpStatus.FOUND)
        .location(URI.create("/downloads/" + releases.latest() + ".tar.gz"))
        .cacheControl(CacheControl.noCache())
        .build();
}
