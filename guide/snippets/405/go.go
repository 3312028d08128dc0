mux := http.NewServeMux()
// Go 1.22+ method patterns: DELETE /invoices/7 gets 405 with Allow: GET, HEAD,
// but as text/plain. Wrap it to send problem+json:
mux.HandleFunc("GET /invoices/{id}", getInvoice)
mux.HandleFunc("/invoices/{id}", func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusMethodNotAllowed)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Method Not Allowed",
		"status": 405, "detail": "Invoices cannot be changed."})
})
