proxy := httputil.NewSingleHostReverseProxy(upstreamURL)
proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
	log.Printf("upstream error: %v", err) // not sent to the client
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusBadGateway)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Bad Gateway",
		"status": 502, "detail": "The upstream service returned an invalid response."})
}
