func upload(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength < 0 { // -1: chunked or unknown length
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Connection", "close")
		w.WriteHeader(http.StatusLengthRequired)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Length Required",
			"status": 411, "detail": "Uploads must declare their size in Content-Length."})
		return
	}
	w.WriteHeader(http.StatusCreated)
}
