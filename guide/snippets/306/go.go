package main

import "net/http"

// Never emit 306; net/http has no constant for it (only StatusUseProxy, 305, and
// the reserved "_ = 306" gap). Redirect to the mirror instead.
func fileDownload(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://mirror.example.com"+r.URL.Path, http.StatusTemporaryRedirect)
}
