@GetMapping("/live")
ResponseEntity<ProblemDetail> live() {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UPGRADE_REQUIRED,
        "This endpoint only speaks WebSocket.");
    return ResponseEntity.status(HttpStatus.UPGRADE_REQUIRED)
        .header(HttpHeaders.UPGRADE, "websocket")
        .header(HttpHeaders.CONNECTION, "Upgrade")
        .body(pd);
}
