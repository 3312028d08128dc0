resp, err := client.Do(req)
if err == nil && resp.StatusCode == 449 {
	if echo := resp.Header.Get("Ms-Echo-Request"); echo != "" {
		retry := req.Clone(req.Context())
		retry.Body, _ = req.GetBody()
		retry.Header.Set("Ms-Echo-Reply", echo)
		resp, err = client.Do(retry)
	}
}
