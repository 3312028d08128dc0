@Component
class ExpectFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String expect = req.getHeader("Expect");
        if (expect != null && !expect.equalsIgnoreCase("100-continue")) {
            res.setStatus(417);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Expectation Failed\","
                + "\"status\":417,\"detail\":\"Only Expect: 100-continue is supported.\"}");
            return;
        }
        chain.doFilter(req, res);
    }
}
