// net/http closes the connection when a handler panics, which Cloudflare reports as 520.
// Recover and write a complete 500 instead.
func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				log.Printf("panic: %v", v)
				w.Header().Set("Content-Type", "application/problem+json")
				w.WriteHeader(http.StatusInternalServerError)
				io.WriteString(w, `{"type":"about:blank","title":"Internal Server Error","status":500}`)
			}
		}()
		next.ServeHTTP(w, r)
	})
}
