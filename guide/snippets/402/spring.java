@ExceptionHandler(SubscriptionLapsedException.class)
ProblemDetail onLapsed(SubscriptionLapsedException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PAYMENT_REQUIRED,
        "Reports need an active subscription.");
    pd.setType(URI.create("https://example.com/probs/subscription-required"));
    pd.setTitle("Subscription required");
    return pd;
}
