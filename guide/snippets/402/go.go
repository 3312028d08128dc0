func charge(w http.ResponseWriter, r *http.Request) {
	if declineCode, declined := tryCharge(r); declined {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusPaymentRequired)
		json.NewEncoder(w).Encode(map[string]any{
			"type": "https://example.com/probs/card-declined", "title": "Card declined",
			"status": 402, "detail": "The card was declined.", "declineCode": declineCode,
		})
		return
	}
	w.WriteHeader(http.StatusCreated)
}
