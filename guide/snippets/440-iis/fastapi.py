# Client of an IIS/OWA endpoint: treat 440 as "sign in again".
import httpx

def get_inbox(client: httpx.Client):
    r = client.get("https://owa.example.com/owa/service.svc")
    if r.status_code == 440:
        client.cookies.clear()
        raise PermissionError("OWA session timed out (440): sign in again")
    r.raise_for_status()
    return r.json()
