mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	w.Header().Set("Link", "<https://example.com/docs/migrate-v2>; rel=\"help\"")
	w.WriteHeader(http.StatusGone)
	json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/api-retired",
		"title": "Gone", "status": 410, "detail": "API v1 was retired; use /v2."})
})
