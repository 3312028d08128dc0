func arcgisQuery(ctx context.Context, url, token string) (map[string]any, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url+"&f=json", nil)
	req.Header.Set("X-Esri-Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var body struct{ Error *struct{ Code int } }
	raw, _ := io.ReadAll(resp.Body)
	json.Unmarshal(raw, &body)
	if resp.StatusCode == 498 || (body.Error != nil && body.Error.Code == 498) {
		return nil, errTokenExpired // caller refreshes the token and retries once
	}
	var out map[string]any
	return out, json.Unmarshal(raw, &out)
}
