import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 502 Bad Gateway (RFC 9110 §15.6.3).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(502).debugging
 * ```
 */
export const status502: GuideEntry = {
  code: 502,
  summary: 'A gateway or proxy received an invalid response from the upstream server it contacted.',
  meaning:
    'RFC 9110 §15.6.3: the server, while acting as a gateway or proxy, received an invalid response from an inbound ' +
    'server it accessed while attempting to fulfil the request. "Invalid" covers a refused or reset connection, a ' +
    'malformed status line or headers, or an upstream that closed the connection mid-response. The fault is between ' +
    'the gateway and the upstream, not in the client\'s request.',
  guarantees: [
    'An intermediary (load balancer, reverse proxy, API gateway) generated the response, not the upstream application.',
    'The upstream did not deliver a valid HTTP response to the gateway.',
  ],
  doesNotGuarantee: [
    'That the upstream did not process the request: it may have crashed after committing a write.',
    'Which upstream failed, when several are behind the gateway.',
    'That the problem is transient; a misconfigured upstream port fails every time.',
  ],
  whenToUse: [
    'A reverse proxy connects to the application and the connection is refused or reset before a response arrives.',
    'The upstream returns a malformed response (invalid status line, illegal header bytes, bad chunked framing).',
    'An API gateway calls a backend whose TLS handshake fails or whose response cannot be parsed.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 502 from the application itself when its own database query fails',
      consequence: 'Operators look for a proxy or network problem that does not exist.',
      instead: '500 Internal Server Error, or 503 if the database is known to be temporarily down',
    },
    {
      misuse: 'Returning 502 when the upstream is slow and the gateway gave up waiting',
      consequence: 'Hides a latency problem behind a connectivity one; timeouts need different fixes.',
      instead: '504 Gateway Timeout',
    },
    {
      misuse: 'Passing the upstream\'s raw error page or stack through with the 502',
      consequence: 'Leaks internal hostnames, ports and versions to the client.',
      instead: 'A generic problem+json body; log upstream details at the gateway',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'problem+json from the gateway, so API clients get a parseable error instead of an HTML proxy page.',
      ifMissing: 'Clients try to parse an nginx or load-balancer HTML page as JSON.',
    },
    {
      name: 'Via / Server',
      why: 'Identify which hop generated the 502; essential when several proxies are chained.',
      ifMissing: 'Debugging starts with guessing which layer failed.',
    },
    {
      name: 'Cache-Control',
      why: 'no-store prevents a transient gateway failure from being cached.',
      ifMissing: 'CDNs may store a 502 when the origin path sets a default TTL for errors.',
    },
  ],
  toolInterpretation: {
    browsers: 'Display the proxy\'s error page; no automatic retry.',
    apiClients:
      'ky, got, undici, axios-retry and gaxios retry it only for idempotent methods. The Azure SDK, the AWS SDK (all ' +
      'operations), octokit and curl --retry retry it for any method, so a POST can be applied twice (RFC 9110 §9.2.2).',
    crawlers: 'Treated as a temporary server error: crawl rate drops; persistent 502s lead to de-indexing.',
    uptimeMonitors: 'Counted as down; often the first sign of crashed application processes behind a healthy load balancer.',
    cdns:
      'CDNs generate 502 (or vendor codes such as Cloudflare 520/521) when the origin misbehaves; stale-if-error can hide it from users.',
  },
  inspectorSignals: [
    'Via / Server identify a gateway as the generator',
    'body free of upstream hostnames, ports and stack traces',
    'no freshness on the 502',
  ],
  correctnessWarnings: [
    'A 502 does not prove the upstream did nothing: retry non-idempotent requests only with an Idempotency-Key.',
    'Gateways that forward upstream error bodies verbatim leak internal details.',
  ],
  debugging: [
    'curl -i and check Server and Via to find which hop returned 502.',
    'Read that hop\'s error log: nginx logs "upstream prematurely closed connection" or "connect() failed (111: Connection refused)".',
    'Check the upstream processes: crashed, restarting, out of memory, or listening on a different port or interface.',
    'Compare keep-alive timeouts: an upstream that closes idle connections before the proxy does causes intermittent 502s.',
    'Call the upstream directly (bypassing the proxy) with the same request to see its raw response.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/rates', async (_req, res, next) => {
  try {
    const upstream = await fetch('http://rates.internal:8080/latest')
    const body: unknown = await upstream.json() // throws on a malformed upstream response
    res.json(body)
  } catch (cause) {
    next(problem(502, 'The rates service returned an invalid response.', { cause }))
  }
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/rates', async () => {
  try {
    const upstream = await fetch('http://rates.internal:8080/latest')
    return (await upstream.json()) as unknown
  } catch (cause) {
    throw problem(502, 'The rates service returned an invalid response.', { cause })
  }
})`,
    django: `import requests
from rest_framework.response import Response
from rest_framework.views import APIView

class RatesView(APIView):
    def get(self, request):
        try:
            return Response(requests.get("http://rates.internal:8080/latest", timeout=5).json())
        except (requests.ConnectionError, ValueError):
            return Response({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "The rates service returned an invalid response."},
                            status=502, content_type="application/problem+json")`,
    spring: `@GetMapping("/rates")
ResponseEntity<?> rates() {
    try {
        return ResponseEntity.ok(restClient.get().uri("http://rates.internal:8080/latest").retrieve().body(Rates.class));
    } catch (ResourceAccessException | RestClientResponseException ex) {
        log.warn("rates upstream failed", ex);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
            "The rates service returned an invalid response.");
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(pd);
    }
}`,
    fastapi: `import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/rates")
async def rates():
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            return (await client.get("http://rates.internal:8080/latest")).json()
    except (httpx.TransportError, ValueError):
        return JSONResponse({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "The rates service returned an invalid response."},
                            status_code=502, media_type="application/problem+json")`,
    go: `proxy := httputil.NewSingleHostReverseProxy(upstreamURL)
proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
	log.Printf("upstream error: %v", err) // not sent to the client
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusBadGateway)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Bad Gateway",
		"status": 502, "detail": "The upstream service returned an invalid response."})
}`,
  },
  clientContract: {
    canAssume: [
      'The failure is on the server side of the gateway, not in the request.',
      'Safe and idempotent requests can be retried with backoff.',
    ],
    mustNotAssume: [
      'That a non-idempotent request was not applied upstream.',
      'That the body came from the application; it was produced by the gateway.',
    ],
  },
  related: [
    { code: 504, difference: '504: the upstream did not answer in time. 502: it answered (or hung up) with something invalid.' },
    { code: 503, difference: '503: the service declares itself unavailable. 502: a gateway could not get a valid response from it.' },
    { code: 500, difference: '500: the server that answered failed itself. 502: the answering gateway blames its upstream.' },
  ],
  faq: [
    {
      question: 'Why do I get occasional 502s under low load?',
      answer:
        'Often a keep-alive race: the upstream closes an idle connection just as the proxy reuses it. Make the upstream\'s keep-alive timeout longer than the proxy\'s.',
    },
    {
      question: 'Should my application ever return 502?',
      answer: 'Only when it acts as a gateway for another HTTP service and that service\'s response was invalid.',
    },
  ],
  references: ['RFC 9110 §15.6.3', 'RFC 9110 §3.7', 'RFC 9110 §7.6.3'],
}
