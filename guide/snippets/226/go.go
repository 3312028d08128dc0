package main

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

func feed(w http.ResponseWriter, r *http.Request) {
	since, _ := strconv.Atoi(strings.Trim(r.Header.Get("If-None-Match"), "\""))
	newest := newestID()
	w.Header().Set("ETag", strconv.Quote(strconv.Itoa(newest)))
	w.Header().Set("Content-Type", "application/json")
	if strings.Contains(r.Header.Get("A-IM"), "feed") && since > 0 && since < newest {
		w.Header().Set("IM", "feed")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusIMUsed)
		json.NewEncoder(w).Encode(entriesAfter(since))
		return
	}
	json.NewEncoder(w).Encode(allEntries())
}
