// Spring Security behind a proxy: require https, redirecting browsers (302 to https by default).
@Bean
SecurityFilterChain https(HttpSecurity http) throws Exception {
    http.requiresChannel(c -> c.anyRequest().requiresSecure())
        .headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31536000)));
    return http.build();
}
// server.forward-headers-strategy=native so X-Forwarded-Proto is honoured.
