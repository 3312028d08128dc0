@PutMapping("/files/{name}")
ResponseEntity<?> put(@PathVariable String name, @RequestHeader(value = "If", required = false) String ifHeader,
                      HttpServletRequest req) {
    Optional<Lock> lock = locks.find(req.getRequestURI());
    if (lock.isPresent() && (ifHeader == null || !ifHeader.contains(lock.get().token()))) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.LOCKED, "The file is locked; submit its lock token.");
        pd.setProperty("lockedHref", req.getRequestURI());
        return ResponseEntity.status(HttpStatus.LOCKED).body(pd);
    }
    return ResponseEntity.noContent().build();
}
