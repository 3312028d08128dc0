package main

import "net/http"

func oldPost(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "max-age=86400")
	http.Redirect(w, r, "/posts/"+r.PathValue("slug"), http.StatusMovedPermanently)
}
