func pay(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Early-Data") == "1" {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusTooEarly)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Too Early",
			"status": 425, "detail": "Payments are not accepted in TLS early data."})
		return
	}
	w.WriteHeader(http.StatusCreated)
}
