// Not 510: a missing required request header is a client error.
func reports(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-API-Features") == "" {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Bad Request",
			"status": 400, "detail": "Send X-API-Features listing the features you use."})
		return
	}
	writeReport(w, r)
}
