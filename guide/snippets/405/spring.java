// Spring MVC answers an unmapped method with 405 and Allow; with
// spring.mvc.problemdetails.enabled=true the body is a ProblemDetail.
@RestControllerAdvice
class MethodAdvice extends ResponseEntityExceptionHandler {
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ex.getBody().setDetail("Invoices cannot be changed; POST /invoices/{id}/void instead.");
        return super.handleHttpRequestMethodNotSupported(ex, headers, status, request);
    }
}
