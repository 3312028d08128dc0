func putFile(w http.ResponseWriter, r *http.Request) {
	if token, ok := locks[r.URL.Path]; ok && !strings.Contains(r.Header.Get("If"), token) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusLocked)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/locked", "title": "Locked",
			"status": 423, "detail": "The file is locked; submit its lock token.", "lockedHref": r.URL.Path})
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
