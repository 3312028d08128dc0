srv := &http.Server{
	Addr:              "0.0.0.0:443",
	Handler:           shedLoad(mux, 500), // answers 503 + Retry-After beyond 500 in-flight requests
	ReadHeaderTimeout: 10 * time.Second,
	IdleTimeout:       75 * time.Second,   // keep Cloudflare's idle connections open
}
log.Fatal(srv.ListenAndServeTLS("origin.pem", "origin.key"))
