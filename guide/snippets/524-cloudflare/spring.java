@PostMapping("/exports")
ResponseEntity<Map<String, String>> startExport(@RequestBody ExportRequest req) {
    // Long work runs asynchronously; the client polls, avoiding Cloudflare 524.
    String id = exportService.submit(req);
    return ResponseEntity.accepted()
        .location(URI.create("/exports/" + id))
        .body(Map.of("id", id, "state", "running"));
}
