@Component
class CookieSizeFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String cookie = Objects.requireNonNullElse(req.getHeader("Cookie"), "");
        if (cookie.length() > 4096) {
            res.setStatus(431);
            res.setContentType("application/problem+json");
            res.setHeader("Cache-Control", "no-store");
            res.getWriter().write("{\"title\":\"Request Header Fields Too Large\",\"status\":431,\"field\":\"Cookie\"}");
            return;
        }
        chain.doFilter(req, res);
    }
}
