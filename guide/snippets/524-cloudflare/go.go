func startExport(w http.ResponseWriter, r *http.Request) {
	id := newJobID()
	go runExport(id) // long work outside the request, so Cloudflare never waits 120 s (524)
	w.Header().Set("Location", "/exports/"+id)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusAccepted)
	json.NewEncoder(w).Encode(map[string]string{"id": id, "state": "running"})
}
