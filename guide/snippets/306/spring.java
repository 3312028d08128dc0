// Never emit 306; send clients to the mirror with a defined redirect.
@GetMapping("/files/{*path}")
ResponseEntity<Void> file(@PathVariable String path) {
    return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT)
        .location(URI.create("https://mirror.example.com/files" + path))
        .build();
}
