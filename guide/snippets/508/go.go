func propfind(w http.ResponseWriter, r *http.Request) {
	depth := r.Header.Get("Depth")
	if (depth == "" || depth == "infinity") && hasBindingCycle(r.URL.Path) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusLoopDetected)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Loop Detected",
			"status": 508, "detail": "A binding under this collection points to an ancestor; use Depth: 1."})
		return
	}
	writeMultistatus(w, r)
}
