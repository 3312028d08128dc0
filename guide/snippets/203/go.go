package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httputil"
	"strconv"
	"strings"
)

// A transforming reverse proxy marks what it rewrote with 203.
func transform(resp *http.Response) error {
	if resp.StatusCode != http.StatusOK || strings.Contains(resp.Header.Get("Cache-Control"), "no-transform") {
		return nil
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	out := bytes.ReplaceAll(body, []byte("<img "), []byte("<img loading=\"lazy\" "))
	resp.Body = io.NopCloser(bytes.NewReader(out))
	resp.ContentLength = int64(len(out))
	resp.Header.Set("Content-Length", strconv.Itoa(len(out)))
	resp.StatusCode = http.StatusNonAuthoritativeInfo
	return nil
}

var proxy = &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) { r.SetURL(origin) }, ModifyResponse: transform}
