// Offset retrieval on the upload resource (Servlet containers cannot emit 104).
@RequestMapping(value = "/uploads/{id}", method = RequestMethod.HEAD)
ResponseEntity<Void> offset(@PathVariable String id) {
    Upload upload = uploads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.noContent()
        .header("Upload-Offset", Long.toString(upload.offset()))
        .header("Upload-Complete", upload.complete() ? "?1" : "?0")
        .cacheControl(CacheControl.noStore())
        .build();
}
