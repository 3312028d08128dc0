// Behind nginx with ssl_verify_client optional and X-SSL-Client-Verify forwarded:
@Component
class ClientCertFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String verify = Optional.ofNullable(req.getHeader("X-SSL-Client-Verify")).orElse("NONE");
        if (verify.startsWith("FAILED")) {
            res.setStatus(403);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"type\":\"https://example.com/probs/client-cert-rejected\",\"status\":403}");
            return;
        }
        chain.doFilter(req, res);
    }
}
