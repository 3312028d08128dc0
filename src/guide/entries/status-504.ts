import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 504 Gateway Timeout (RFC 9110 §15.6.5).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(504).clientContract
 * ```
 */
export const status504: GuideEntry = {
  code: 504,
  summary: 'A gateway or proxy did not receive a timely response from the upstream server it needed.',
  meaning:
    'RFC 9110 §15.6.5: the server, while acting as a gateway or proxy, did not receive a timely response from an ' +
    'upstream server it needed to access in order to complete the request. The gateway stopped waiting; the ' +
    'upstream may still be working on the request and may complete it.',
  guarantees: [
    'A gateway gave up waiting for its upstream within its configured timeout.',
    'The client\'s request reached at least the gateway.',
  ],
  doesNotGuarantee: [
    'That the upstream did not complete the operation: it may finish after the gateway gave up.',
    'That a retry will be faster; a slow query stays slow.',
    'Which timeout fired (connect, first byte, idle) without the gateway\'s logs.',
  ],
  whenToUse: [
    'A reverse proxy waited proxy_read_timeout for the application\'s response headers and gave up.',
    'An API gateway calls a backend with a deadline of 10 s and the deadline passes.',
    'A service aggregating several upstreams hits its overall deadline while one of them is still pending.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 504 from an application whose own database query timed out',
      consequence: 'Operators search the proxies for a timeout the application generated itself.',
      instead: '500 Internal Server Error, or 503 when the database is known to be overloaded',
    },
    {
      misuse: 'Returning 504 when the client was too slow sending the request',
      consequence: 'Blames the upstream for the client\'s incomplete request.',
      instead: '408 Request Timeout',
    },
    {
      misuse: 'Keeping a long-running job behind a synchronous request until the gateway times out',
      consequence: 'Clients get 504 for work that actually succeeds, then retry and duplicate it.',
      instead: '202 Accepted with a status URL the client can poll',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'problem+json from the gateway so clients get a parseable error, not a proxy HTML page.',
      ifMissing: 'API clients fail to parse the body and lose the error context.',
    },
    {
      name: 'Via / Server',
      why: 'Show which gateway timed out in a chain of proxies.',
      ifMissing: 'Each team blames the next hop.',
    },
    {
      name: 'Cache-Control',
      why: 'no-store prevents caching a timeout; many CDNs serve stale content instead when allowed.',
      ifMissing: 'A CDN error TTL can prolong the outage for users.',
    },
  ],
  toolInterpretation: {
    browsers: 'Display the gateway\'s error page after the wait; no automatic retry.',
    apiClients:
      'ky, got, undici, axios-retry and gaxios retry it only for idempotent methods. The Azure SDK, the AWS SDK (all ' +
      'operations), octokit and curl --retry retry it for any method, so a POST the upstream already applied can be ' +
      'applied twice (RFC 9110 §9.2.2). google-gax maps it to DEADLINE_EXCEEDED.',
    crawlers: 'Treated like other 5xx: crawl rate drops; slow pages also hurt crawl budget.',
    uptimeMonitors: 'Counted as down; correlate with upstream latency percentiles, not just error counts.',
    cdns:
      'CDNs produce their own timeout codes (Cloudflare 524 after its proxy read timeout, 120 s by default) or 504; stale-if-error can mask origin slowness.',
  },
  inspectorSignals: [
    'Via / Server identify the gateway that timed out',
    'response time roughly equal to a round timeout value (30 s, 60 s, 100 s)',
    'no freshness on the 504',
  ],
  correctnessWarnings: [
    'The upstream may complete the operation after a 504: never blind-retry non-idempotent requests.',
    'Timeouts must shrink from the edge inward (client > CDN > gateway > app); otherwise outer hops report the wrong layer.',
  ],
  debugging: [
    'Time the request with curl -w "%{time_total}" -i; a total equal to a configured timeout identifies the hop.',
    'Check Server and Via, then that gateway\'s log ("upstream timed out (110: Connection timed out) while reading response header").',
    'Look at the upstream\'s latency for that route: slow queries, lock waits, saturated worker pools.',
    'Check whether the operation completed upstream despite the 504 before anyone retries it.',
    'Move long work to an asynchronous 202 flow, or align timeouts across the chain.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/quotes', async (_req, res, next) => {
  try {
    const upstream = await fetch('http://pricing.internal/quotes', { signal: AbortSignal.timeout(5000) })
    res.json(await upstream.json())
  } catch (cause) {
    const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError'
    next(timedOut ? problem(504, 'The pricing service did not answer within 5 s.', { cause }) : cause)
  }
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/quotes', async () => {
  try {
    const upstream = await fetch('http://pricing.internal/quotes', { signal: AbortSignal.timeout(5000) })
    return (await upstream.json()) as unknown
  } catch (cause) {
    const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError'
    throw timedOut ? problem(504, 'The pricing service did not answer within 5 s.', { cause }) : cause
  }
})`,
    django: `import requests
from rest_framework.response import Response
from rest_framework.views import APIView

class QuotesView(APIView):
    def get(self, request):
        try:
            return Response(requests.get("http://pricing.internal/quotes", timeout=5).json())
        except requests.Timeout:
            return Response({"type": "about:blank", "title": "Gateway Timeout", "status": 504,
                             "detail": "The pricing service did not answer within 5 s."},
                            status=504, content_type="application/problem+json")`,
    spring: `@ExceptionHandler(UpstreamTimeoutException.class)
ResponseEntity<ProblemDetail> upstreamTimeout(UpstreamTimeoutException ex) {
    log.warn("pricing upstream timed out", ex);
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
        "The pricing service did not answer within 5 s.");
    return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT)
        .cacheControl(CacheControl.noStore())
        .body(pd);
}`,
    fastapi: `import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/quotes")
async def quotes():
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            return (await client.get("http://pricing.internal/quotes")).json()
    except httpx.TimeoutException:
        return JSONResponse({"type": "about:blank", "title": "Gateway Timeout", "status": 504,
                             "detail": "The pricing service did not answer within 5 s."},
                            status_code=504, media_type="application/problem+json")`,
    go: `func quotes(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://pricing.internal/quotes", nil)
	resp, err := http.DefaultClient.Do(req)
	if errors.Is(err, context.DeadlineExceeded) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusGatewayTimeout)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Gateway Timeout",
			"status": 504, "detail": "The pricing service did not answer within 5 s."})
		return
	}
	relay(w, resp, err)
}`,
  },
  clientContract: {
    canAssume: [
      'The request was delayed beyond a gateway\'s patience; the request itself is not known to be wrong.',
      'Safe and idempotent requests can be retried with backoff.',
    ],
    mustNotAssume: [
      'That the operation did not happen: the upstream may have completed it.',
      'That retrying immediately will be faster.',
    ],
  },
  related: [
    { code: 502, difference: '502: the upstream answered with something invalid or hung up. 504: it did not answer in time.' },
    { code: 408, difference: '408: the server timed out waiting for the client\'s request. 504: the gateway timed out waiting for its upstream.' },
    { code: 503, difference: '503 is an explicit refusal, usually fast; 504 arrives only after a timeout.' },
  ],
  faq: [
    {
      question: 'Is a 504 a client problem?',
      answer: 'No. The request may be expensive, but the fault is the upstream\'s latency or the gateway\'s timeout setting.',
    },
    {
      question: 'Can I safely retry a POST after 504?',
      answer: 'Only with an Idempotency-Key the server honours, or after checking whether the operation took place.',
    },
  ],
  references: ['RFC 9110 §15.6.5', 'RFC 9110 §3.7'],
}
