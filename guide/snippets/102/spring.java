// Servlet containers cannot send 102; accept the work with 202 instead.
@PostMapping("/reports")
ResponseEntity<Map<String, String>> create(@RequestBody ReportRequest request) {
    String jobId = jobs.start(request);
    return ResponseEntity.accepted()
        .location(URI.create("/reports/jobs/" + jobId))
        .body(Map.of("status", "queued"));
}
