// A ResponseEntity with an ETag is checked against If-None-Match by Spring MVC:
// it sends 304 with the ETag and Cache-Control, and no body.
@GetMapping("/catalog")
ResponseEntity<Catalog> catalog() {
    Catalog catalog = catalogs.current();
    return ResponseEntity.ok()
        .eTag("v" + catalog.version())
        .cacheControl(CacheControl.noCache())
        .body(catalog);
}
