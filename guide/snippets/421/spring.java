@Component
class HostFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!"api.example.com".equals(req.getServerName())) {
            res.setStatus(421);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Misdirected Request\",\"status\":421}");
            return;
        }
        chain.doFilter(req, res);
    }
}
