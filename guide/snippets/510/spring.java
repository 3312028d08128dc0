// Not 510: a missing required request header is a client error.
@GetMapping("/reports")
ResponseEntity<?> reports(@RequestHeader(value = "X-API-Features", required = false) String features) {
    if (features == null) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
            "Send X-API-Features listing the features you use."));
    }
    return ResponseEntity.ok(reportService.build(features));
}
