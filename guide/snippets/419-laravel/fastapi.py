# Client of a Laravel app (session + CSRF), e.g. in an integration test.
import httpx
from urllib.parse import unquote

def post_with_csrf(client: httpx.Client, path: str, data: dict):
    r = client.post(path, json=data, headers={"X-XSRF-TOKEN": unquote(client.cookies.get("XSRF-TOKEN", ""))})
    if r.status_code == 419:  # Page Expired: refresh the token and retry once
        client.get("/sanctum/csrf-cookie")
        r = client.post(path, json=data, headers={"X-XSRF-TOKEN": unquote(client.cookies["XSRF-TOKEN"])})
    return r
