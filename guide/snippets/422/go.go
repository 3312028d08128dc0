func createBooking(w http.ResponseWriter, r *http.Request) {
	var b struct{ Start, End time.Time }
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil { http.Error(w, "malformed JSON", http.StatusBadRequest); return }
	if !b.End.After(b.Start) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusUnprocessableEntity)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/invalid-booking",
			"title": "Unprocessable Content", "status": 422, "detail": "end must be after start.",
			"errors": []map[string]string{{"pointer": "/end", "detail": "must be after /start"}}})
	}
}
