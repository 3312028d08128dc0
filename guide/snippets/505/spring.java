@Component
class RejectHttp10Filter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if ("HTTP/1.0".equals(req.getProtocol())) {
            res.setStatus(505);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"title\":\"HTTP Version Not Supported\",\"status\":505,\"detail\":\"Use HTTP/1.1 or HTTP/2.\"}");
            return;
        }
        chain.doFilter(req, res);
    }
}
