@ExceptionHandler(MaintenanceException.class)
ResponseEntity<ProblemDetail> maintenance(MaintenanceException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "Scheduled database maintenance.");
    pd.setType(URI.create("https://example.com/probs/maintenance"));
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "900")
        .cacheControl(CacheControl.noStore())
        .body(pd);
}
