package main

import "net/http"

// Go 1.19+: a 1xx written with WriteHeader is sent at once; the handler continues.
func home(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Link", "</app.css>; rel=preload; as=style")
	w.WriteHeader(http.StatusEarlyHints)
	page := renderHome() // the slow part
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	w.Write(page)
}
