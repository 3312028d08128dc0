func publish(w http.ResponseWriter, r *http.Request) {
	a := articles[r.PathValue("id")]
	if a.State == "published" {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusConflict)
		json.NewEncoder(w).Encode(map[string]any{
			"type": "https://example.com/probs/invalid-transition", "title": "Invalid state transition",
			"status": 409, "detail": "The article is already published.", "currentState": a.State,
		})
		return
	}
	a.State = "published"
	w.WriteHeader(http.StatusNoContent)
}
