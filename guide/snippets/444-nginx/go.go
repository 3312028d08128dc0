// Client side: a 444 arrives as a transport error, not a response.
resp, err := http.Get("http://203.0.113.7/")
if err != nil {
	// "EOF" / "connection reset": maybe an nginx 444 rule (e.g. missing Host).
	log.Printf("no HTTP response: %v", err)
	return
}
defer resp.Body.Close()
