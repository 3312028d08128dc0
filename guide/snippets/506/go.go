func report(w http.ResponseWriter, r *http.Request) {
	v := chooseVariant(r.Header.Get("Accept"))
	if v.Negotiable {
		log.Printf("variant %s negotiates again", v.Path)
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusVariantAlsoNegotiates)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Variant Also Negotiates",
			"status": 506, "detail": "Server negotiation is misconfigured."})
		return
	}
	v.Serve(w, r)
}
