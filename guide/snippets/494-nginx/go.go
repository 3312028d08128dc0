// Client side: recognise nginx's disguised 494.
resp, err := client.Do(req)
if err == nil && resp.StatusCode == http.StatusBadRequest {
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if bytes.Contains(body, []byte("Request Header Or Cookie Too Large")) {
		log.Printf("nginx 494: request headers too large (%d cookie bytes)", len(req.Header.Get("Cookie")))
	}
}
