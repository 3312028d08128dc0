@RequestMapping("/v1/**")
ResponseEntity<Void> moved(HttpServletRequest request) {
    String rest = request.getRequestURI().substring(3);
    return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
        .location(URI.create("https://api.example.com/v2" + rest))
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
        .build();
}
