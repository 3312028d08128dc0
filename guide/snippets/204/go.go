package main

import "net/http"

func revoke(w http.ResponseWriter, r *http.Request) {
	tokens.Revoke(r.PathValue("id"))
	w.WriteHeader(http.StatusNoContent) // write nothing after this
}
