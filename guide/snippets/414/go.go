func limitURI(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(r.RequestURI) > 8000 {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusRequestURITooLong)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "URI Too Long",
				"status": 414, "detail": "Use POST /search for long queries.", "maxLength": 8000})
			return
		}
		next.ServeHTTP(w, r)
	})
}
