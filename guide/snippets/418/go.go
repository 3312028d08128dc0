// Not 418: block unwanted bots with a registered code.
func blockBots(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(strings.ToLower(r.UserAgent()), "badbot") {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusForbidden)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Forbidden",
				"status": 403, "detail": "Automated clients must use the API."})
			return
		}
		next.ServeHTTP(w, r)
	})
}
