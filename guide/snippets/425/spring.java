@PostMapping("/payments")
ResponseEntity<?> pay(@RequestHeader(value = "Early-Data", required = false) String earlyData,
                      @RequestBody PaymentRequest body) {
    if ("1".equals(earlyData)) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(425),
            "Payments are not accepted in TLS early data.");
        return ResponseEntity.status(425).body(pd);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(payments.create(body));
}
