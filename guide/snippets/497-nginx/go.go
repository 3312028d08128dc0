// Go's TLS server answers a plain-HTTP request on a TLS port with a cleartext
// "400 Bad Request: client sent an HTTP request to an HTTPS server" (the 497 situation).
// Serve http:// separately and redirect people; refuse API calls:
go http.ListenAndServe(":80", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://"+r.Host+r.URL.RequestURI(), http.StatusPermanentRedirect)
}))
log.Fatal(http.ListenAndServeTLS(":443", "cert.pem", "key.pem", mux))
