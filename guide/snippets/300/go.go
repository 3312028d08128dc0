package main

import (
	"encoding/json"
	"net/http"
)

func guide(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/guide.en.html") // preferred choice
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusMultipleChoices)
	json.NewEncoder(w).Encode(map[string]any{"alternatives": []map[string]string{
		{"lang": "en", "href": "/guide.en.html"}, {"lang": "de", "href": "/guide.de.html"},
	}})
}
