package main

import (
	"net/http"

	"golang.org/x/net/webdav"
)

// x/net/webdav answers PROPFIND and PROPPATCH with 207 multistatus bodies.
func main() {
	dav := &webdav.Handler{Prefix: "/files", FileSystem: webdav.Dir("/srv/files"), LockSystem: webdav.NewMemLS()}
	http.ListenAndServe(":8080", dav)
}
