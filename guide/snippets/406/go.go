func report(w http.ResponseWriter, r *http.Request) {
	accept := r.Header.Get("Accept")
	w.Header().Set("Vary", "Accept")
	if accept != "" && !strings.Contains(accept, "json") && !strings.Contains(accept, "*/*") {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusNotAcceptable)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Not Acceptable",
			"status": 406, "detail": "Reports are available as application/json.",
			"available": []string{"application/json"}})
		return
	}
	json.NewEncoder(w).Encode(map[string]int{"id": 7})
}
