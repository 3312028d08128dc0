package main

import (
	"encoding/json"
	"net/http"
)

func createOrder(w http.ResponseWriter, r *http.Request) {
	var in NewOrder
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		writeProblem(w, http.StatusBadRequest, "The body is not valid JSON.")
		return
	}
	order := store.Create(in)
	w.Header().Set("Location", "/orders/"+order.ID)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(order)
}
