func createOrder(w http.ResponseWriter, r *http.Request) {
	var in struct{ SKU string; Qty int }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]any{
			"type": "https://example.com/probs/malformed-body", "title": "Bad Request",
			"status": 400, "detail": "The body is not valid JSON: " + err.Error(),
		})
		return
	}
	w.WriteHeader(http.StatusCreated)
}
