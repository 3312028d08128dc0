# Django does not time out request bodies itself; the front server does.
# gunicorn: --timeout applies to workers; nginx in front answers 408:
#   client_header_timeout 10s;  client_body_timeout 30s;
# A client-side retry, since the request was never processed:
import requests

def upload(url, data):
    r = requests.post(url, data=data, timeout=(5, 60))
    if r.status_code == 408:
        r = requests.post(url, data=data, timeout=(5, 60))  # safe: not applied
    return r
