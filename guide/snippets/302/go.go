package main

import "net/http"

func latest(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-cache")
	http.Redirect(w, r, "/downloads/"+latestRelease()+".tar.gz", http.StatusFound)
}
