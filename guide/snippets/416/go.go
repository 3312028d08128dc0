// http.ServeContent handles Range, If-Range and 416 with Content-Range: bytes */size.
func video(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("video.mp4")
	if err != nil {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Not Found", "status": 404})
		return
	}
	defer f.Close()
	info, _ := f.Stat()
	http.ServeContent(w, r, "video.mp4", info.ModTime(), f) // 416 bodies from Go are text/plain
}
