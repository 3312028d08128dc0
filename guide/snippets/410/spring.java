@RequestMapping("/v1/**")
ResponseEntity<ProblemDetail> v1Retired() {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "API v1 was retired; use /v2.");
    pd.setType(URI.create("https://example.com/probs/api-retired"));
    return ResponseEntity.status(HttpStatus.GONE)
        .header(HttpHeaders.LINK, "<https://example.com/docs/migrate-v2>; rel=\"help\"")
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
}
