func restricted(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusForbidden)
	json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/age-restricted",
		"title": "Forbidden", "status": 403, "detail": "Restricted to verified adult accounts."})
}
