// spring.servlet.multipart.max-file-size=5MB makes Spring throw MaxUploadSizeExceededException
@ExceptionHandler(MaxUploadSizeExceededException.class)
ProblemDetail onTooLarge(MaxUploadSizeExceededException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
        "Avatars are limited to 5 MiB.");
    pd.setTitle("Content Too Large");
    pd.setProperty("maxBytes", 5 * 1024 * 1024);
    return pd;
}
