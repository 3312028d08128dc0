func getOrder(w http.ResponseWriter, r *http.Request) {
	order, ok := orders[r.PathValue("id")]
	if !ok {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Not Found",
			"status": 404, "detail": "Order " + r.PathValue("id") + " does not exist."})
		return
	}
	json.NewEncoder(w).Encode(order)
}
