@Component
class UnknownMethodFilter extends OncePerRequestFilter {
    private static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!KNOWN.contains(req.getMethod())) {
            res.setStatus(501);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Not Implemented\",\"status\":501}");
            return;
        }
        chain.doFilter(req, res);
    }
}
