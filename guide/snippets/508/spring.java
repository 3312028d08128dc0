@Component
class PropfindLoopFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String depth = Objects.requireNonNullElse(req.getHeader("Depth"), "infinity");
        if ("PROPFIND".equals(req.getMethod()) && "infinity".equals(depth) && bindings.hasCycle(req.getRequestURI())) {
            res.setStatus(508);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"title\":\"Loop Detected\",\"status\":508,\"detail\":\"Use Depth: 1.\"}");
            return;
        }
        chain.doFilter(req, res);
    }
}
