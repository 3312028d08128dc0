# Client side with httpx: without cert=..., nginx answers 496 (sent as 400).
import httpx

client = httpx.Client(cert=("client.pem", "client.key"), verify="ca.pem")
r = client.get("https://partner.example.com/orders")
if r.status_code == 400 and "No required SSL certificate" in r.text:
    raise RuntimeError("mTLS: the client certificate was not sent")
