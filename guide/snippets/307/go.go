package main

import "net/http"

const primary = "https://eu-1.api.example.com"

func updateDocument(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, primary+"/documents/"+r.PathValue("id"), http.StatusTemporaryRedirect)
}
