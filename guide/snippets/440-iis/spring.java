// Spring Security: expired sessions go to the login page for browsers, 401 for APIs.
http.sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
        (req, res, ex) -> {
            res.setStatus(401);
            res.setHeader("WWW-Authenticate", "Session realm=\"app\"");
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}");
        },
        new AntPathRequestMatcher("/api/**")));
