// Go client of a Laravel SPA API: the jar keeps laravel_session and XSRF-TOKEN.
jar, _ := cookiejar.New(nil)
client := &http.Client{Jar: jar}
client.Get(base + "/sanctum/csrf-cookie")
var xsrf string
for _, c := range jar.Cookies(baseURL) {
	if c.Name == "XSRF-TOKEN" {
		xsrf, _ = url.QueryUnescape(c.Value)
	}
}
req, _ := http.NewRequest(http.MethodPost, base+"/api/orders", body)
req.Header.Set("X-XSRF-TOKEN", xsrf) // without it Laravel answers 419
resp, err := client.Do(req)
