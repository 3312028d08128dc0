# Never emit 305. A client-side guard when calling an upstream with requests:
import requests

def fetch_partner_item(item_id):
    response = requests.get(f"https://partner.example.com/items/{item_id}", allow_redirects=False)
    if response.status_code == 305:
        raise RuntimeError("Upstream answered 305 Use Proxy (deprecated); refusing to follow it.")
    response.raise_for_status()
    return response.json()
