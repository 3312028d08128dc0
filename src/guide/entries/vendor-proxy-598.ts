import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 598 Network Read Timeout Error (some HTTP proxies; low confidence).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(598, 'proxy').summary
 * ```
 */
export const vendorProxy598: GuideEntry = {
  code: 598,
  vendor: 'proxy',
  summary: 'Informal proxy code: the proxy timed out reading the upstream response.',
  meaning:
    'Not an IANA status and weakly sourced: some HTTP proxies use 598 "Network Read Timeout Error" to say that the ' +
    'connection to the upstream was established but the proxy timed out while reading the response. No primary vendor ' +
    'documentation defines it; it appears in parser enums (llhttp NETWORK_READ_TIMEOUT) and status tables. The ' +
    'registered code for this situation is 504 Gateway Timeout.',
  guarantees: [
    'A proxy, not the origin, produced the status.',
    'The proxy reached the upstream but did not get the response in time.',
  ],
  doesNotGuarantee: [
    'That the upstream did not process the request: it may have finished after the proxy gave up.',
    'Any consistent meaning: without a defining vendor, each proxy may use it differently.',
  ],
  whenToUse: [
    'Only a proxy that uses this informal convention emits it, after an upstream read timeout.',
    'When reading logs from such a proxy, treat 598 as "504 after the connection was established".',
  ],
  whenNotToUse: [
    {
      misuse: 'Configuring your own proxy or gateway to answer 598 on upstream read timeouts',
      consequence: 'Clients map it to 500, monitors lose the timeout signal, and the meaning is undocumented.',
      instead: '504 Gateway Timeout',
    },
    {
      misuse: 'Blindly retrying a POST after 598',
      consequence: 'The upstream may have completed it; the retry duplicates the operation.',
      instead: 'Retry only idempotent or Idempotency-Key requests, after checking the outcome',
    },
  ],
  criticalHeaders: [
    {
      name: 'Via / Server',
      why: 'Identify which proxy produced the informal code.',
      ifMissing: 'You cannot tell which hop to investigate.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show whatever body the proxy sends; the code means nothing special to them.',
    apiClients: 'Handled as 500 (unknown 5xx); Azure retries it for any method, axios-retry for idempotent methods.',
    crawlers: 'Treated as a server error.',
    uptimeMonitors: 'Counted as down; latency will be near the proxy\'s read timeout.',
    cdns: 'Not used by major CDNs, which send 504 or their own codes (Cloudflare 524).',
  },
  inspectorSignals: [
    'unregistered 5xx status from an intermediary',
    'response time near a round read-timeout value',
  ],
  correctnessWarnings: [
    'Low-confidence, deprecated vendor code; emit 504 instead (status-facts §3, §5.21).',
  ],
  debugging: [
    'Use the Via/Server headers or the infrastructure diagram to find the proxy that sent 598.',
    'Read that proxy\'s log and its upstream read-timeout setting.',
    'Measure the upstream\'s latency for the request and fix the slow path, or move it to an asynchronous 202 flow.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A gateway whose upstream stalls while sending the response: 504, not 598.
const app = express()
app.get('/search', async (req, res, next) => {
  try {
    const upstream = await fetch(\`http://search.internal\${req.url}\`, { signal: AbortSignal.timeout(8000) })
    res.status(upstream.status).json(await upstream.json())
  } catch (cause) {
    next(problem(504, 'The search service stopped responding.', { cause }))
  }
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A gateway whose upstream stalls while sending the response: 504, not 598.
const app = Fastify()
await app.register(problemPlugin)
app.get('/search', async () => {
  try {
    const upstream = await fetch('http://search.internal/q', { signal: AbortSignal.timeout(8000) })
    return (await upstream.json()) as unknown
  } catch (cause) {
    throw problem(504, 'The search service stopped responding.', { cause })
  }
})`,
    django: `import requests
from rest_framework.response import Response
from rest_framework.views import APIView

# A gateway whose upstream stalls while sending the response: 504, not 598.
class SearchView(APIView):
    def get(self, request):
        try:
            upstream = requests.get("http://search.internal/q", params=request.GET, timeout=(3, 8))
        except requests.ReadTimeout:
            return Response({"type": "about:blank", "title": "Gateway Timeout", "status": 504,
                             "detail": "The search service stopped responding."},
                            status=504, content_type="application/problem+json")
        return Response(upstream.json(), status=upstream.status_code)`,
    spring: `// A gateway whose upstream stalls while sending the response: 504, not 598.
@ExceptionHandler(ResourceAccessException.class)
ResponseEntity<ProblemDetail> readTimeout(ResourceAccessException ex) {
    if (!(ex.getCause() instanceof SocketTimeoutException)) throw ex;
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
        "The search service stopped responding.");
    return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).body(pd);
}`,
    fastapi: `import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

# A gateway whose upstream stalls while sending the response: 504, not 598.
@app.get("/search")
async def search(request: Request):
    try:
        async with httpx.AsyncClient(timeout=httpx.Timeout(8, connect=3)) as client:
            upstream = await client.get("http://search.internal/q", params=request.query_params)
    except httpx.ReadTimeout:
        return JSONResponse({"type": "about:blank", "title": "Gateway Timeout", "status": 504,
                             "detail": "The search service stopped responding."},
                            status_code=504, media_type="application/problem+json")
    return JSONResponse(upstream.json(), status_code=upstream.status_code)`,
    go: `// A gateway whose upstream stalls while sending the response: 504, not 598.
transport := &http.Transport{ResponseHeaderTimeout: 8 * time.Second}
proxy := httputil.NewSingleHostReverseProxy(searchURL)
proxy.Transport = transport
proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusBadGateway
	if errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "timeout") { status = http.StatusGatewayTimeout }
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": http.StatusText(status), "status": status})
}`,
  },
  clientContract: {
    canAssume: [
      'An intermediary gave up waiting for the upstream response.',
      'Idempotent requests can be retried with backoff.',
    ],
    mustNotAssume: [
      'That the upstream did nothing.',
      'That any other proxy uses 598 the same way.',
    ],
  },
  related: [
    { code: 504, difference: '504 Gateway Timeout is the registered code for the same situation.' },
    { code: 599, difference: '599 is the companion informal code for a timeout while connecting, before any request was sent.' },
    { code: 524, difference: 'Cloudflare\'s 524 is its own code for an origin that accepted the request but answered too slowly.' },
  ],
  faq: [
    {
      question: 'Where does 598 come from if no vendor documents it?',
      answer: 'It circulates in status-code lists and parser enums (llhttp); treat it as a proxy-specific 504 and avoid emitting it.',
    },
  ],
  references: ['llhttp status enum (NETWORK_READ_TIMEOUT)', 'RFC 9110 §15.6.5', 'RFC 9110 §15'],
}
