// A captive-portal gateway, not an origin API. Origins should answer 401 instead.
func portal(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !deviceAuthorized(r.RemoteAddr) {
			w.Header().Set("Cache-Control", "no-store")
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusNetworkAuthenticationRequired)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Network Authentication Required",
				"status": 511, "detail": "Log in at http://portal.example/login to use this network."})
			return
		}
		next.ServeHTTP(w, r)
	})
}
