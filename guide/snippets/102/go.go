package main

import (
	"net/http"
	"time"
)

// Go 1.19+ can send 1xx with WriteHeader. Legacy WebDAV keep-alive only.
func deepCopy(w http.ResponseWriter, r *http.Request) {
	done := make(chan struct{})
	go func() { time.Sleep(time.Minute); close(done) }() // the deep copy
	tick := time.NewTicker(15 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-tick.C:
			w.WriteHeader(http.StatusProcessing)
		case <-done:
			w.WriteHeader(http.StatusNoContent)
			return
		}
	}
}
