func cookieLimit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if size := len(r.Header.Get("Cookie")); size > 4096 {
			w.Header().Set("Content-Type", "application/problem+json")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusRequestHeaderFieldsTooLarge)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Request Header Fields Too Large",
				"status": 431, "detail": fmt.Sprintf("Cookie header is %d bytes; the limit is 4096.", size), "field": "Cookie"})
			return
		}
		next.ServeHTTP(w, r)
	})
}
