func putDoc(w http.ResponseWriter, r *http.Request) {
	etag := fmt.Sprintf("\"v%d\"", doc.Version)
	if im := r.Header.Get("If-Match"); im != "" && im != etag && im != "*" {
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusPreconditionFailed)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Precondition Failed",
			"status": 412, "detail": "The document changed since you fetched it."})
		return
	}
	doc.Version++
	w.Header().Set("ETag", fmt.Sprintf("\"v%d\"", doc.Version))
	w.WriteHeader(http.StatusNoContent)
}
