import requests

def list_layers(session_token):
    r = requests.get("https://gis.example.com/arcgis/rest/services", params={"f": "json"},
                     headers={"X-Esri-Authorization": f"Bearer {session_token}"} if session_token else {},
                     timeout=10)
    data = r.json()
    if r.status_code == 499 or data.get("error", {}).get("code") == 499:
        raise PermissionError("Esri 499 Token Required: sign the user in (OAuth) and retry")
    return data
