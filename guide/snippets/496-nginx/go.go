// Client side: present a certificate, or nginx answers 496 (sent as 400).
cert, err := tls.LoadX509KeyPair("client.pem", "client.key")
if err != nil {
	log.Fatal(err)
}
client := &http.Client{Transport: &http.Transport{
	TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}},
}}
resp, err := client.Get("https://partner.example.com/orders")
