// A gateway that cannot connect upstream answers with registered codes, never 599.
proxy.Transport = &http.Transport{DialContext: (&net.Dialer{Timeout: 3 * time.Second}).DialContext}
proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusBadGateway
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() { status = http.StatusGatewayTimeout }
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": http.StatusText(status), "status": status})
}
