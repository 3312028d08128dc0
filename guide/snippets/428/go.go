func putDocument(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-Match") == "" {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusPreconditionRequired)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/precondition-required",
			"title": "Precondition Required", "status": 428,
			"detail": "Send If-Match with the ETag from your last GET."})
		return
	}
	updateIfMatch(w, r)
}
