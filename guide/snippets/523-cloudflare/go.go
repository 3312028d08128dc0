// Target for Cloudflare health checks, so unreachable origins fail over instead of 523.
mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if !dependenciesUp() {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, `{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"Origin is not ready."}`)
		return
	}
	io.WriteString(w, `{"status":"ok"}`)
})
