@RestControllerAdvice
class FallbackHandler {
    private static final Logger log = LoggerFactory.getLogger(FallbackHandler.class);

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        String errorId = UUID.randomUUID().toString();
        log.error("unhandled error {}", errorId, ex);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
        pd.setProperty("errorId", errorId);
        return pd;
    }
}
