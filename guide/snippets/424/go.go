func batch(w http.ResponseWriter, r *http.Request) {
	var ops []Op
	json.NewDecoder(r.Body).Decode(&ops)
	for i, op := range ops {
		if op.Valid { continue }
		results := make([]map[string]any, len(ops))
		for j, o := range ops { results[j] = map[string]any{"id": o.ID, "status": map[bool]int{true: 422, false: 424}[i == j]} }
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusFailedDependency)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/batch-rolled-back",
			"title": "Failed Dependency", "status": 424, "detail": "Operation " + op.ID + " failed.", "results": results})
		return
	}
}
