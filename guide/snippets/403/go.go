func deleteProject(w http.ResponseWriter, r *http.Request) {
	if userRole(r) != "owner" {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusForbidden)
		json.NewEncoder(w).Encode(map[string]any{
			"type": "https://example.com/probs/role-required", "title": "Forbidden",
			"status": 403, "detail": "Only project owners can delete a project.",
		})
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
