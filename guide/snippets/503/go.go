func maintenance(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !inMaintenance.Load() { next.ServeHTTP(w, r); return }
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Retry-After", "900")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusServiceUnavailable)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/maintenance",
			"title": "Service Unavailable", "status": 503, "detail": "Scheduled database maintenance."})
	})
}
