package main

import (
	"bytes"
	"net/http"
	"time"
)

// ServeContent evaluates If-None-Match and If-Modified-Since against the ETag
// header and modtime, and answers 304 without a body when they match.
func catalog(w http.ResponseWriter, r *http.Request) {
	body, version, modified := currentCatalog()
	w.Header().Set("ETag", "\"v"+version+"\"")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Content-Type", "application/json")
	http.ServeContent(w, r, "", modified.UTC().Truncate(time.Second), bytes.NewReader(body))
}
