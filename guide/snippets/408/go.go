func upload(w http.ResponseWriter, r *http.Request) {
	// Per-request body deadline (Go 1.20+); Server.ReadTimeout would just close the socket.
	http.NewResponseController(w).SetReadDeadline(time.Now().Add(30 * time.Second))
	body, err := io.ReadAll(r.Body)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		w.Header().Set("Connection", "close")
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusRequestTimeout)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Request Timeout",
			"status": 408, "detail": "The body did not arrive within 30 s."})
		return
	}
	fmt.Fprintf(w, "%d bytes\n", len(body))
}
