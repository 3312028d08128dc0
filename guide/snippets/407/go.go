func proxyAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Proxy-Authorization") == "" {
			w.Header().Set("Proxy-Authenticate", "Basic realm=\"egress\"")
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusProxyAuthRequired)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank",
				"title": "Proxy Authentication Required", "status": 407,
				"detail": "Authenticate to the egress proxy first."})
			return
		}
		next.ServeHTTP(w, r)
	})
}
