func live(w http.ResponseWriter, r *http.Request) {
	if !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		w.Header().Set("Upgrade", "websocket")
		w.Header().Set("Connection", "Upgrade")
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusUpgradeRequired)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Upgrade Required",
			"status": 426, "detail": "This endpoint only speaks WebSocket."})
		return
	}
	serveWebSocket(w, r)
}
