import random, time, requests

def legacy_search(q, attempts=4):
    for attempt in range(attempts):
        r = requests.get("https://legacy.example.com/1/search.json", params={"q": q}, timeout=10)
        if r.status_code not in (420, 429):  # 420 = old Twitter-style rate limit
            return r
        reset = int(r.headers.get("X-Rate-Limit-Reset", "0"))
        time.sleep(max(reset - time.time(), 0) or random.uniform(0, 2 ** attempt))
    return r
