import requests

def arcgis_get(url, params, token_provider):
    for attempt in range(2):
        r = requests.get(url, params={**params, "f": "json"},
                         headers={"X-Esri-Authorization": f"Bearer {token_provider.token()}"}, timeout=10)
        data = r.json()
        code = data.get("error", {}).get("code") if isinstance(data, dict) else None
        if r.status_code != 498 and code != 498:
            return data
        token_provider.refresh()  # Invalid Token: get a new one, repeat once
    raise PermissionError("ArcGIS rejected a fresh token (referer/IP binding?)")
