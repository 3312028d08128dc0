package main

import (
	"encoding/json"
	"net/http"
	"strconv"
)

func getOrder(w http.ResponseWriter, r *http.Request) {
	order, ok := orders[r.PathValue("id")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("ETag", strconv.Quote(strconv.Itoa(order.Version)))
	w.Header().Set("Cache-Control", "private, max-age=60")
	json.NewEncoder(w).Encode(order) // WriteHeader(200) is implicit
}
