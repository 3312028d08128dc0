func onlyHost(host string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.TLS != nil && r.TLS.ServerName != host || stripPort(r.Host) != host {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusMisdirectedRequest)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Misdirected Request",
				"status": 421, "detail": "This server does not serve " + r.Host + "."})
			return
		}
		next.ServeHTTP(w, r)
	})
}
