// Go terminating mTLS itself rejects bad client certificates in the TLS handshake
// (a TLS alert, no HTTP status at all), unlike nginx's 495 -> 400:
srv := &http.Server{
	Addr: ":8443",
	TLSConfig: &tls.Config{
		ClientAuth: tls.RequireAndVerifyClientCert,
		ClientCAs:  clientCAPool,
	},
}
log.Fatal(srv.ListenAndServeTLS("server.pem", "server.key"))
