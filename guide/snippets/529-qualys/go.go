// Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
func assess(w http.ResponseWriter, r *http.Request) {
	if queueDepth.Load() > 1000 {
		w.Header().Set("Retry-After", "900")
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, `{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"Too many assessments queued; try again later."}`)
		return
	}
	w.Header().Set("Location", "/assessments/"+enqueue(r))
	w.WriteHeader(http.StatusAccepted)
}
