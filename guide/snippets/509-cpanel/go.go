// Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
func download(w http.ResponseWriter, r *http.Request) {
	if bytesUsed(r.Header.Get("X-API-Key")) >= monthlyQuota {
		w.Header().Set("Retry-After", strconv.Itoa(secondsUntilReset()))
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusTooManyRequests)
		io.WriteString(w, `{"type":"https://example.com/probs/transfer-quota","title":"Too Many Requests","status":429,"detail":"Monthly download quota used."}`)
		return
	}
	http.ServeFile(w, r, "/data/"+path.Base(r.URL.Path))
}
