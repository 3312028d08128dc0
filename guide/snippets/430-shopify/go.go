req, _ := http.NewRequest(http.MethodPost, storefrontURL, body)
req.Header.Set("Shopify-Storefront-Private-Token", privateToken)
req.Header.Set("Shopify-Storefront-Buyer-IP", buyerIP)
resp, err := client.Do(req)
if err == nil && resp.StatusCode == 430 {
	// Security rejection: back off; do not hammer.
	time.Sleep(time.Duration(2+rand.Intn(3)) * time.Second)
}
