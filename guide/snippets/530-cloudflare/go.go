// A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
	detail := "Upstream request failed."
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) { detail = "Upstream host name does not resolve." }
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusBadGateway)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Bad Gateway", "status": 502, "detail": detail})
}
