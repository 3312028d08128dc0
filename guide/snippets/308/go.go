package main

import (
	"net/http"
	"strings"
)

func v1Moved(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "max-age=3600")
	target := "https://api.example.com/v2" + strings.TrimPrefix(r.URL.RequestURI(), "/v1")
	http.Redirect(w, r, target, http.StatusPermanentRedirect)
}
