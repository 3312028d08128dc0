package main

import (
	"io"
	"net/http"
)

// Go 1.19+ sends 1xx from WriteHeader: announce the upload resource, then receive.
func createUpload(w http.ResponseWriter, r *http.Request) {
	id := newUploadID()
	w.Header().Set("Location", "/uploads/"+id)
	w.Header().Set("Upload-Draft-Interop-Version", "6")
	w.WriteHeader(104) // Upload Resumption Supported
	n, _ := io.Copy(uploadFile(id), r.Body)
	w.Header().Set("Upload-Offset", itoa(n))
	w.WriteHeader(http.StatusCreated)
}
