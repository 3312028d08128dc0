func rejectHTTP10(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !r.ProtoAtLeast(1, 1) {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusHTTPVersionNotSupported)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "HTTP Version Not Supported",
				"status": 505, "detail": "HTTP/1.0 is not supported; use HTTP/1.1 or HTTP/2."})
			return
		}
		next.ServeHTTP(w, r)
	})
}
