const maxBytes = 5 << 20

func uploadAvatar(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBytes)
	if _, err := io.Copy(io.Discard, r.Body); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Content Too Large",
				"status": 413, "detail": "Avatars are limited to 5 MiB.", "maxBytes": maxBytes})
			return
		}
	}
	w.WriteHeader(http.StatusCreated)
}
