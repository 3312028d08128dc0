func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !validToken(r.Header.Get("Authorization")) {
			w.Header().Set("WWW-Authenticate", "Bearer realm=\"api\", error=\"invalid_token\"")
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusUnauthorized)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Unauthorized",
				"status": 401, "detail": "The access token is missing or invalid."})
			return
		}
		next.ServeHTTP(w, r)
	})
}
