// A Go reverse proxy in front of the ALB: set X-Forwarded-For from the connection,
// dropping whatever the client sent, so the ALB never sees a forged 30+ entry list.
proxy := &httputil.ReverseProxy{
	Rewrite: func(pr *httputil.ProxyRequest) {
		pr.SetURL(albURL)
		pr.Out.Header.Del("X-Forwarded-For")
		pr.SetXForwarded() // X-Forwarded-For = client address only
	},
}
