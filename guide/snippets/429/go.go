func search(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Retry-After", "30")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusTooManyRequests)
	json.NewEncoder(w).Encode(map[string]any{
		"type": "https://example.com/probs/rate-limited", "title": "Too Many Requests",
		"status": http.StatusTooManyRequests, "detail": "Limit of 100 searches per minute reached.",
	})
}
