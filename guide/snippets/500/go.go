func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				log.Printf("panic: %v\n%s", v, debug.Stack()) // details stay in the log
				w.Header().Set("Content-Type", "application/problem+json")
				w.WriteHeader(http.StatusInternalServerError)
				json.NewEncoder(w).Encode(map[string]any{"type": "about:blank",
					"title": "Internal Server Error", "status": 500, "detail": "An unexpected error occurred."})
			}
		}()
		next.ServeHTTP(w, r)
	})
}
