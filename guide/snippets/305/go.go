package main

import (
	"errors"
	"net/http"
)

// http.Client never follows 305 (it is not a redirect status in Go). Make it an error.
func getPartnerItem(client *http.Client, url string) (*http.Response, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusUseProxy {
		resp.Body.Close()
		return nil, errors.New("upstream answered 305 Use Proxy; not followed")
	}
	return resp, nil
}
