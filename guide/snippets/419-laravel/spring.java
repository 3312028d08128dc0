// Spring Security's CSRF failure is 403 (AccessDeniedHandler); give it a problem body.
http.exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
    res.setStatus(403);
    res.setContentType("application/problem+json");
    String type = ex instanceof CsrfException ? "https://example.com/probs/csrf-token-mismatch" : "about:blank";
    res.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"Forbidden\",\"status\":403}");
}));
