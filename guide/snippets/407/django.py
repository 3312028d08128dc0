# Django is an origin framework: it should not send 407. A client-side view of it:
import requests

def fetch_via_proxy(url, proxy_user, proxy_pass):
    proxies = {"https": f"http://{proxy_user}:{proxy_pass}@proxy.internal:3128"}
    r = requests.get(url, proxies=proxies, timeout=10)
    if r.status_code == 407:
        challenge = r.headers.get("Proxy-Authenticate")
        raise RuntimeError(f"Proxy refused credentials; it expects: {challenge}")
    return r
