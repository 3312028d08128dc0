// In-app OIDC callback: map IdP errors to registered codes, never to 561.
@GetMapping("/auth/callback")
ResponseEntity<?> callback(@RequestParam(required = false) String error) {
    if (error == null) return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/")).build();
    HttpStatus status = switch (error) {
        case "access_denied" -> HttpStatus.FORBIDDEN;
        case "temporarily_unavailable" -> HttpStatus.SERVICE_UNAVAILABLE;
        default -> HttpStatus.BAD_GATEWAY;
    };
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, "Sign-in failed: " + error));
}
