func putFile(w http.ResponseWriter, r *http.Request) {
	left := quotaLeft(r.PathValue("user"))
	if r.ContentLength > left {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusInsufficientStorage)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/quota-exceeded",
			"title": "Insufficient Storage", "status": 507,
			"detail": fmt.Sprintf("Upload exceeds the %d bytes left in your quota.", left)})
		return
	}
	store(w, r)
}
