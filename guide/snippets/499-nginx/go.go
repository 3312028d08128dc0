func report(w http.ResponseWriter, r *http.Request) {
	select {
	case <-time.After(5 * time.Second):
		json.NewEncoder(w).Encode(map[string]bool{"ok": true})
	case <-r.Context().Done():
		// The client (or nginx, after its client left) closed the connection.
		log.Printf("client closed request (nginx 499): %s %s", r.Method, r.URL.Path)
	}
}
