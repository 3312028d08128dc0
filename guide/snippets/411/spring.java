@PutMapping("/files/{name}")
ResponseEntity<?> upload(@PathVariable String name, HttpServletRequest req) throws IOException {
    if (req.getContentLengthLong() < 0) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.LENGTH_REQUIRED,
            "Uploads must declare their size in Content-Length.");
        return ResponseEntity.status(HttpStatus.LENGTH_REQUIRED)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
    storage.save(name, req.getInputStream(), req.getContentLengthLong());
    return ResponseEntity.status(HttpStatus.CREATED).build();
}
