srv := &http.Server{
	Addr:      "0.0.0.0:443",
	Handler:   mux,
	TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12}, // Go serves SNI and modern ciphers by default
}
// Without a certificate on 443, Cloudflare's Full mode fails the handshake with 525.
log.Fatal(srv.ListenAndServeTLS("/etc/ssl/cloudflare-origin.pem", "/etc/ssl/cloudflare-origin.key"))
