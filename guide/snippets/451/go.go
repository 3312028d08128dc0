func article(w http.ResponseWriter, r *http.Request) {
	if isWithheld(r.PathValue("id")) {
		w.Header().Set("Link", `<https://example.com/legal/takedowns>; rel="blocked-by"`)
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusUnavailableForLegalReasons)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/legal-block",
			"title": "Unavailable For Legal Reasons", "status": 451, "detail": "Withheld under court order 2026-HC-113."})
		return
	}
	serveArticle(w, r)
}
