// The servlet container answers Expect: 100-continue. With Tomcat's
// continueResponseTiming="onRead" it waits until the handler reads the body,
// so a check on Content-Length refuses the upload before it is sent.
@PutMapping("/files/{name}")
ResponseEntity<ProblemDetail> upload(@PathVariable String name, HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_UPLOAD) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "Uploads are limited to 10 MB.");
        return ResponseEntity.status(413).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    storage.save(name, request.getInputStream()); // first read: the container sends 100 now
    return ResponseEntity.noContent().build();
}
