package main

import "net/http"

func record(w http.ResponseWriter, r *http.Request) {
	saveReading(r)
	w.Header().Set("Content-Length", "0")
	w.WriteHeader(http.StatusResetContent)
}
