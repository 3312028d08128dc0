// Make the work asynchronous instead of holding the client past its timeout (avoids 460).
@PostMapping("/reports")
ResponseEntity<Void> create(@RequestBody ReportRequest r) {
    String id = reports.start(r);  // runs in the background
    return ResponseEntity.accepted().location(URI.create("/reports/" + id)).build();
}
