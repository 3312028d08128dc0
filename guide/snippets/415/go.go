func createOrder(w http.ResponseWriter, r *http.Request) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		w.Header().Set("Accept", "application/json")
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusUnsupportedMediaType)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Unsupported Media Type",
			"status": 415, "detail": "Send the order as application/json."})
		return
	}
	w.WriteHeader(http.StatusCreated)
}
