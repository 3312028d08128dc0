package main

import (
	"net/http"
	"os"
)

// http.ServeContent handles Range, If-Range, multipart/byteranges, 206 and 416.
func video(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("/srv/videos/" + r.PathValue("name") + ".mp4")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	info, _ := f.Stat()
	w.Header().Set("ETag", "\""+info.ModTime().UTC().Format("20060102150405")+"\"")
	http.ServeContent(w, r, info.Name(), info.ModTime(), f)
}
