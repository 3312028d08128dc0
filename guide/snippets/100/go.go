package main

import (
	"io"
	"net/http"
)

const maxUpload = 10 << 20

// net/http sends "100 Continue" on the first Read of r.Body; answering before
// reading refuses the upload without receiving it.
func upload(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > maxUpload {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Connection", "close")
		w.WriteHeader(http.StatusRequestEntityTooLarge)
		io.WriteString(w, "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413}")
		return
	}
	io.Copy(io.Discard, r.Body) // store it here
	w.WriteHeader(http.StatusNoContent)
}
