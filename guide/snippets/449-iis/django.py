import requests

def dav_put(url, data, session: requests.Session):
    r = session.put(url, data=data)
    echo = r.headers.get("Ms-Echo-Request")
    if r.status_code == 449 and echo:
        r = session.put(url, data=data, headers={"Ms-Echo-Reply": echo})  # MS-WDV 3.1.5.5
    return r
