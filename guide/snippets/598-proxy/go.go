// A gateway whose upstream stalls while sending the response: 504, not 598.
transport := &http.Transport{ResponseHeaderTimeout: 8 * time.Second}
proxy := httputil.NewSingleHostReverseProxy(searchURL)
proxy.Transport = transport
proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusBadGateway
	if errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "timeout") { status = http.StatusGatewayTimeout }
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": http.StatusText(status), "status": status})
}
