// A catch-all keeps the origin answering with valid HTTP, so Cloudflare never sees an empty reply.
@RestControllerAdvice
class OriginErrors {
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        LoggerFactory.getLogger(OriginErrors.class).error("unhandled", ex);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
    }
}
