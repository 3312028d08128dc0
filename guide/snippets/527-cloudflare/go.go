// A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
proxy := httputil.NewSingleHostReverseProxy(originURL)
proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
	log.Printf("origin link failed: %v", err)
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusBadGateway)
	io.WriteString(w, `{"type":"about:blank","title":"Bad Gateway","status":502,"detail":"The link to the origin failed."}`)
}
