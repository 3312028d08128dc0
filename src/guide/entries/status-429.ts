import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 429 Too Many Requests (RFC 6585 §4).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(429).summary
 * ```
 */
export const status429: GuideEntry = {
  code: 429,
  summary: 'The client sent too many requests in a given time; slow down and retry after the Retry-After delay.',
  meaning:
    'RFC 6585 §4: the user has sent too many requests in a given amount of time ("rate limiting"). The response ' +
    'should explain the condition and MAY include a Retry-After header saying how long to wait before a new ' +
    'request. Rate limiters run before the handler, so a 429 normally means nothing was applied. Responses with 429 ' +
    'MUST NOT be stored by a cache.',
  guarantees: [
    'The server refused this request because of a rate limit, normally before any processing.',
    'If Retry-After is present, the same request can be sent again once that delay has passed (RFC 6585 §4).',
    'No cache stores the 429: the next request reaches the limiter again.',
  ],
  doesNotGuarantee: [
    'That the request will succeed after Retry-After: other clients may share the same quota.',
    'Which limit was hit (per user, per IP, per token, global) unless the body or RateLimit headers say so.',
    'That a Retry-After is present at all: it is only a MAY.',
  ],
  whenToUse: [
    'A per-client or per-token quota (for example 100 requests per minute) is exhausted.',
    'A login or password-reset endpoint throttles repeated attempts from one account or address.',
    'A tenant exceeds the concurrency allowance of its plan and requests are shed before any work starts.',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering 429 when the whole service is overloaded for every client',
      consequence: 'Clients blame their own request rate and throttle themselves; monitors miss an availability incident.',
      instead: '503 Service Unavailable with Retry-After',
    },
    {
      misuse: 'Sending 429 without Retry-After and without any rate-limit headers',
      consequence: 'Clients fall back to guessing; aggressive retry loops hit the limiter again immediately.',
      instead: '429 with Retry-After (seconds) and optionally RateLimit / RateLimit-Policy fields',
    },
    {
      misuse: 'Using 429 for a permanent plan limit such as "maximum 5 projects per account"',
      consequence: 'Clients wait and retry a request that will never succeed.',
      instead: '403 Forbidden or 409 Conflict with a problem type explaining the plan limit',
    },
    {
      misuse: 'Serving 429 with Cache-Control: public, max-age=60',
      consequence: 'Violates RFC 6585 §4; a CDN could replay one client\'s throttling to everyone.',
      instead: 'Cache-Control: no-store on every 429',
    },
  ],
  criticalHeaders: [
    {
      name: 'Retry-After',
      why: 'Tells the client how long to wait (delay-seconds or HTTP-date, RFC 9110 §10.2.3) before retrying.',
      ifMissing: 'Clients guess a backoff; some (Azure SDK) do not retry at all, others retry too soon and extend the block.',
    },
    {
      name: 'RateLimit / RateLimit-Policy',
      why: 'The IETF draft fields describe the quota and the remaining allowance so clients can pace before hitting 429.',
      ifMissing: 'Clients only learn the limit by hitting it.',
    },
    {
      name: 'Content-Type',
      why: 'application/problem+json lets clients read the limit, scope and reset time from the body.',
      ifMissing: 'Clients cannot tell a rate-limit 429 from a proxy page and cannot show a useful message.',
    },
    {
      name: 'Cache-Control',
      why: 'no-store makes the "never stored" rule explicit for caches that predate RFC 6585.',
      ifMissing: 'A misconfigured edge cache may keep serving 429 after the window reset.',
    },
  ],
  toolInterpretation: {
    browsers: 'Shows the body to users on navigation; fetch() resolves with ok === false and does not retry.',
    apiClients:
      'ky, got, axios-retry, undici, curl --retry and the AWS SDK retry 429 with backoff; ky and got honour Retry-After ' +
      '(got gives up when it exceeds maxRetryAfter, ky clamps to it). Azure retries only when a retry-after header is present.',
    crawlers:
      'Googlebot treats 429 like 503: it slows its crawl rate; persistent 429 on URLs can drop them from the index.',
    uptimeMonitors: 'Most count 429 as down; exempt monitor traffic from the limiter or allowlist the probe.',
    cdns:
      'Must not cache it (RFC 6585 §4). Edge rate limiters (Cloudflare, AWS WAF) generate 429 themselves, so check ' +
      'whether the origin or the edge sent it.',
  },
  inspectorSignals: [
    'Retry-After present and valid (delay-seconds or HTTP-date)',
    'Cache-Control without explicit freshness (max-age, public, Expires are errors on 429)',
    'RateLimit / RateLimit-Policy fields consistent with Retry-After',
    'problem+json body naming the limit that was hit',
  ],
  correctnessWarnings: [
    '429 MUST NOT be stored by a cache (RFC 6585 §4); explicit freshness on it is a bug.',
    '429 without Retry-After leaves clients unable to back off sanely (status-facts §5.18).',
    'Retry-After must be an HTTP-date or a non-negative integer of seconds; "30s" or "0.5" is invalid.',
  ],
  debugging: [
    'Reproduce with curl -i and read Retry-After, RateLimit and the problem body to learn which limit fired.',
    'Check whether the 429 came from the edge (CDN/WAF headers such as cf-ray, x-amzn-waf-*) or from the origin.',
    'Count the client\'s requests per window in the access log and compare with the configured quota.',
    'Check that the client honours Retry-After and uses jittered backoff instead of retrying in a tight loop.',
    'If many clients share one IP (NAT, CI runners), key the limiter by token or user instead of address.',
  ],
  frameworks: {
    express: `import express from 'express'
import { tooManyRequests } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.post('/search', (_req, _res) => {
  // Sets Retry-After: 30; 429 responses also get Cache-Control: no-store by default.
  throw tooManyRequests('Limit of 100 searches per minute reached for this API key.', { retryAfter: 30 })
})
app.use(problemHandler())
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { tooManyRequests } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.post('/search', async () => {
  // Sets Retry-After: 30; 429 responses also get Cache-Control: no-store by default.
  throw tooManyRequests('Limit of 100 searches per minute reached for this API key.', { retryAfter: 30 })
})
await app.listen({ port: 3000 })`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class SearchView(APIView):
    def post(self, request):
        return Response(
            {"type": "https://example.com/probs/rate-limited", "title": "Too Many Requests",
             "status": 429, "detail": "Limit of 100 searches per minute reached."},
            status=429, content_type="application/problem+json",
            headers={"Retry-After": "30", "Cache-Control": "no-store"},
        )`,
    spring: `@ExceptionHandler(RateLimitedException.class)
ResponseEntity<ProblemDetail> rateLimited(RateLimitedException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
        "Limit of 100 searches per minute reached.");
    pd.setType(URI.create("https://example.com/probs/rate-limited"));
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
        .body(pd);
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/search")
def search():
    return JSONResponse(
        {"type": "https://example.com/probs/rate-limited", "title": "Too Many Requests",
         "status": 429, "detail": "Limit of 100 searches per minute reached."},
        status_code=429, media_type="application/problem+json",
        headers={"Retry-After": "30", "Cache-Control": "no-store"},
    )`,
    go: `func search(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Retry-After", "30")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusTooManyRequests)
	json.NewEncoder(w).Encode(map[string]any{
		"type": "https://example.com/probs/rate-limited", "title": "Too Many Requests",
		"status": http.StatusTooManyRequests, "detail": "Limit of 100 searches per minute reached.",
	})
}`,
  },
  clientContract: {
    canAssume: [
      'A rate-limited request was not processed, so repeating it is safe for any method once the wait is over.',
      'Retry-After, when present, is the minimum wait: retrying sooner is expected to fail again.',
      'The 429 was not served from a cache.',
    ],
    mustNotAssume: [
      'That retrying immediately, or in parallel, will get through.',
      'That the limit is per client: it may be shared with other users of the same IP, key or tenant.',
      'That a Retry-After longer than its own budget is worth waiting for: surface it to the caller instead.',
    ],
  },
  related: [
    { code: 503, difference: '503 means the server as a whole cannot serve anyone right now; 429 is about this client\'s rate.' },
    { code: 403, difference: '403 is a refusal that waiting will not change; 429 clears when the rate window resets.' },
    { code: 413, difference: '413 rejects one request for its size; 429 rejects a request because of how many came before it.' },
  ],
  faq: [
    {
      question: 'Should 429 carry Retry-After in seconds or as a date?',
      answer: 'Either is valid (RFC 9110 §10.2.3). Seconds avoid clock-skew problems, so most APIs send an integer.',
    },
    {
      question: 'Does a 429 count against my availability SLO?',
      answer: 'Usually not: a quota refusal is correct behaviour. Count it when the limiter is shedding load because of overload.',
    },
    {
      question: 'Is it safe to retry a POST that received 429?',
      answer: 'Yes, after the delay: rate limiters reject before the handler runs, so nothing was applied (Stripe documents the same for its API).',
    },
  ],
  references: ['RFC 6585 §4', 'RFC 9110 §10.2.3', 'RFC 9111 §3', 'draft-ietf-httpapi-ratelimit-headers'],
}
