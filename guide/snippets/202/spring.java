@PostMapping("/exports")
ResponseEntity<Job> export() {
    Job job = jobs.submit(new ExportTask());
    return ResponseEntity.accepted()
        .location(URI.create("/exports/jobs/" + job.id()))
        .header(HttpHeaders.RETRY_AFTER, "2")
        .body(job);
}
