func export(w http.ResponseWriter, r *http.Request) {
	select {
	case rows := <-runExport(r.Context()):
		json.NewEncoder(w).Encode(rows)
	case <-r.Context().Done():
		// ALB logs 460 for this request; stop the work.
		log.Printf("client closed connection (ALB 460) trace=%s", r.Header.Get("X-Amzn-Trace-Id"))
	}
}
