// Distinguish Esri's 499 (in an ArcGIS response) from nginx's 499 (in a log line).
func isEsriTokenRequired(resp *http.Response, body []byte) bool {
	if !strings.Contains(resp.Request.URL.Path, "/arcgis/rest/") {
		return false
	}
	var e struct{ Error *struct{ Code int } }
	json.Unmarshal(body, &e)
	return resp.StatusCode == 499 || (e.Error != nil && e.Error.Code == 499)
}
