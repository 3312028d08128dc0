var known = map[string]bool{"GET": true, "HEAD": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true, "OPTIONS": true}

func methods(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !known[r.Method] {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusNotImplemented)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Not Implemented",
				"status": 501, "detail": "Method " + r.Method + " is not implemented by this server."})
			return
		}
		next.ServeHTTP(w, r)
	})
}
