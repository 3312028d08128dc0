// In a Spring Cloud Gateway filter acting as an egress proxy:
if (!exchange.getRequest().getHeaders().containsKey("Proxy-Authorization")) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PROXY_AUTHENTICATION_REQUIRED,
        "Authenticate to the egress proxy first.");
    ServerHttpResponse res = exchange.getResponse();
    res.setStatusCode(HttpStatus.PROXY_AUTHENTICATION_REQUIRED);
    res.getHeaders().set("Proxy-Authenticate", "Basic realm=\"egress\"");
    res.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return res.writeWith(Mono.just(res.bufferFactory().wrap(objectMapper.writeValueAsBytes(pd))));
}
