@PostMapping("/batch")
ResponseEntity<?> batch(@RequestBody List<Op> ops) {
    Optional<Op> failed = ops.stream().filter(op -> !op.valid()).findFirst();
    if (failed.isPresent()) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FAILED_DEPENDENCY,
            "Operation " + failed.get().id() + " failed; the batch was rolled back.");
        pd.setProperty("results", ops.stream().map(op -> Map.of("id", op.id(), "status", op == failed.get() ? 422 : 424)).toList());
        return ResponseEntity.status(HttpStatus.FAILED_DEPENDENCY).body(pd);
    }
    return ResponseEntity.ok(Map.of("applied", ops.size()));
}
