// A captive-portal gateway, not an origin API. Origins should answer 401 instead.
@Component
class CaptivePortalFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!devices.isAuthorized(req.getRemoteAddr())) {
            res.setStatus(511);
            res.setHeader("Cache-Control", "no-store");
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"title\":\"Network Authentication Required\",\"status\":511,"
                + "\"detail\":\"Log in at http://portal.example/login\"}");
            return;
        }
        chain.doFilter(req, res);
    }
}
