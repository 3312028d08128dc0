@PutMapping("/documents/{id}")
ResponseEntity<Void> update(@PathVariable String id) {
    return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT)
        .location(URI.create(primaryRegion + "/documents/" + id))
        .cacheControl(CacheControl.noStore())
        .build();
}
