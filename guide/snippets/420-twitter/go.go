// Client: treat a documented legacy 420 like 429.
if resp.StatusCode == 420 || resp.StatusCode == http.StatusTooManyRequests {
	wait := time.Duration(rand.Int63n(int64(time.Second << attempt)))
	if reset, err := strconv.ParseInt(resp.Header.Get("X-Rate-Limit-Reset"), 10, 64); err == nil {
		if d := time.Until(time.Unix(reset, 0)); d > wait {
			wait = d
		}
	}
	time.Sleep(wait)
}
