func checkExpect(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// net/http already answers 417 for unknown expectations on HTTP/1.1, as text/plain.
		if e := r.Header.Get("Expect"); e != "" && !strings.EqualFold(e, "100-continue") {
			w.Header().Set("Content-Type", "application/problem+json")
			w.Header().Set("Connection", "close")
			w.WriteHeader(http.StatusExpectationFailed)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Expectation Failed",
				"status": 417, "detail": "Only Expect: 100-continue is supported."})
			return
		}
		next.ServeHTTP(w, r)
	})
}
