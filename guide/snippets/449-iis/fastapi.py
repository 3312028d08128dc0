import httpx

def activesync(client: httpx.Client, cmd: str, body: bytes, policy_key: str | None):
    headers = {"X-MS-PolicyKey": policy_key} if policy_key else {}
    r = client.post(f"/Microsoft-Server-ActiveSync?Cmd={cmd}", content=body, headers=headers)
    if r.status_code == 449:  # Retry With: provision first, then repeat with the new policy key
        raise NeedsProvisioning()
    return r
