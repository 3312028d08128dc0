package main

import (
	"encoding/json"
	"net/http"
)

func startExport(w http.ResponseWriter, r *http.Request) {
	id := jobs.Submit(runExport)
	w.Header().Set("Location", "/exports/jobs/"+id)
	w.Header().Set("Retry-After", "2")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusAccepted)
	json.NewEncoder(w).Encode(map[string]string{"id": id, "state": "pending"})
}
