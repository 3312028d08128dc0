package main

import "fmt"

// While building the multistatus body for a Depth: infinity PROPFIND.
func responseFor(c Collection, href string, seen map[string]bool) string {
	if seen[c.ResourceID] {
		return fmt.Sprintf("<D:response><D:href>%s</D:href><D:propstat><D:prop/>"+
			"<D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response>", href)
	}
	seen[c.ResourceID] = true
	return fullListing(c, href, seen)
}
