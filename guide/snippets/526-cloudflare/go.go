// Refuse to start with a certificate Cloudflare's Full (strict) mode would reject (526).
pair, err := tls.LoadX509KeyPair("/etc/ssl/cloudflare-origin.pem", "/etc/ssl/cloudflare-origin.key")
if err != nil { log.Fatal(err) }
leaf, _ := x509.ParseCertificate(pair.Certificate[0])
if err := leaf.VerifyHostname("www.example.com"); err != nil { log.Fatal(err) }
if time.Now().After(leaf.NotAfter) { log.Fatalf("origin certificate expired on %s", leaf.NotAfter) }
srv := &http.Server{Addr: ":443", Handler: mux, TLSConfig: &tls.Config{Certificates: []tls.Certificate{pair}}}
log.Fatal(srv.ListenAndServeTLS("", ""))
