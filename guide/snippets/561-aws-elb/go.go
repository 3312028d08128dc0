// In-app OIDC callback: map IdP errors to registered codes, never to 561.
func callback(w http.ResponseWriter, r *http.Request) {
	errCode := r.URL.Query().Get("error")
	if errCode == "" { http.Redirect(w, r, "/", http.StatusSeeOther); return }
	status := map[string]int{"access_denied": 403, "temporarily_unavailable": 503}[errCode]
	if status == 0 { status = http.StatusBadGateway }
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Sign-in failed",
		"status": status, "detail": "The identity provider returned " + errCode + "."})
}
