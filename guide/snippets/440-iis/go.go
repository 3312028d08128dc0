resp, err := client.Get("https://owa.example.com/owa/")
if err != nil {
	return err
}
defer resp.Body.Close()
if resp.StatusCode == 440 { // IIS Login Time-out: the session cookie expired
	jar.SetCookies(owaURL, nil)
	return errSignInAgain
}
