@PutMapping("/dav/{user}/{file}")
ResponseEntity<?> put(@PathVariable String user, @PathVariable String file, @RequestBody byte[] body) {
    long left = quotas.left(user);
    if (body.length > left) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.INSUFFICIENT_STORAGE,
            "Upload exceeds the " + left + " bytes left in your quota.");
        pd.setType(URI.create("https://example.com/probs/quota-exceeded"));
        return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).body(pd);
    }
    storage.put(user, file, body);
    return ResponseEntity.status(HttpStatus.CREATED).build();
}
