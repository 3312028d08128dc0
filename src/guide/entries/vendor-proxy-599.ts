import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 599 Network Connect Timeout Error (proxies; often client-synthesized).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(599, 'proxy').summary
 * ```
 */
export const vendorProxy599: GuideEntry = {
  code: 599,
  vendor: 'proxy',
  summary: 'Informal code for "could not connect in time"; usually invented by a client library, not received on the wire.',
  meaning:
    'Not an IANA status: some proxies use 599 "Network Connect Timeout Error" for a timeout while connecting to the ' +
    'upstream. More often it never crosses the network: HTTP client libraries synthesize it locally when no response ' +
    'arrived at all. Tornado\'s HTTP client, for example, reports code 599 for timeouts and connection errors. A 599 ' +
    'in your logs usually means "there was no HTTP response", not that any server sent 599.',
  guarantees: [
    'No HTTP response was received by whoever recorded the 599 (when client-synthesized).',
    'If a proxy sent it, the proxy never established the upstream connection, so the upstream did not process the request.',
  ],
  doesNotGuarantee: [
    'Which of the two it was: a proxy response or a local client error; check whether any response bytes arrived.',
    'That the server is down: DNS, firewalls or the client\'s own network can cause it.',
  ],
  whenToUse: [
    'Only HTTP client libraries (Tornado) record it, when a request ends without any HTTP response.',
    'A few proxies send it on the wire when connecting to the upstream times out.',
  ],
  whenNotToUse: [
    {
      misuse: 'Making your gateway answer 599 when it cannot connect to an upstream in time',
      consequence: 'Clients see an unregistered code and treat it as 500; the connect-timeout signal is lost.',
      instead: '504 Gateway Timeout (or 502 Bad Gateway when the connection was refused)',
    },
    {
      misuse: 'Counting client-synthesized 599s as server responses in dashboards',
      consequence: 'Network failures look like a server returning errors; the real cause (DNS, TLS, firewall) is hidden.',
      instead: 'Record them as network errors with the underlying error code',
    },
  ],
  criticalHeaders: [
    {
      name: 'Via / Server',
      why: 'If headers exist, a proxy sent the 599; if there are none, a client library synthesized it.',
      ifMissing: 'A response without headers is the sign of a locally generated 599.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers never synthesize 599; they report a network error (fetch rejects with TypeError).',
    apiClients:
      'Tornado and some monitoring agents record 599 for no-response failures; other clients raise connection or timeout errors instead.',
    crawlers: 'Crawlers record the same situation as a connection failure.',
    uptimeMonitors: 'Some monitors show 599 for connect timeouts; it means the target could not be reached at all.',
    cdns: 'Not used by major CDNs (Cloudflare reports connect timeouts as 522).',
  },
  inspectorSignals: [
    'no response headers at all (client-synthesized)',
    'unregistered 5xx status from an intermediary',
  ],
  correctnessWarnings: [
    'Client-synthesized and low-confidence; never emit 599 from a server (status-facts §3, §5.21).',
  ],
  debugging: [
    'Check whether any response bytes arrived: a Tornado HTTPClientError with code 599 carries the underlying exception.',
    'Test connectivity from the client host: DNS (dig), TCP (nc -vz host 443) and TLS (openssl s_client).',
    'Compare the client\'s connect timeout with the network\'s normal connect latency.',
    'If a proxy sent it, read that proxy\'s log for the upstream address it failed to reach.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A gateway that cannot connect upstream answers with registered codes, never 599.
const app = express()
app.get('/stock', async (_req, res, next) => {
  try {
    res.json(await (await fetch('http://stock.internal/levels', { signal: AbortSignal.timeout(3000) })).json())
  } catch (cause) {
    const refused = cause instanceof Error && (cause.cause as { code?: string } | undefined)?.code === 'ECONNREFUSED'
    next(refused ? problem(502, 'Stock service refused the connection.') : problem(504, 'Stock service unreachable in time.'))
  }
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A gateway that cannot connect upstream answers with registered codes, never 599.
const app = Fastify()
await app.register(problemPlugin)
app.get('/stock', async () => {
  try {
    return (await (await fetch('http://stock.internal/levels', { signal: AbortSignal.timeout(3000) })).json()) as unknown
  } catch (cause) {
    const refused = cause instanceof Error && (cause.cause as { code?: string } | undefined)?.code === 'ECONNREFUSED'
    throw refused ? problem(502, 'Stock service refused the connection.') : problem(504, 'Stock service unreachable in time.')
  }
})`,
    django: `import requests
from rest_framework.response import Response
from rest_framework.views import APIView

# A gateway that cannot connect upstream answers with registered codes, never 599.
class StockView(APIView):
    def get(self, request):
        try:
            return Response(requests.get("http://stock.internal/levels", timeout=(3, 10)).json())
        except requests.ConnectTimeout:
            status, detail = 504, "The stock service could not be reached in time."
        except requests.ConnectionError:
            status, detail = 502, "The stock service refused the connection."
        return Response({"type": "about:blank", "title": "Gateway error", "status": status, "detail": detail},
                        status=status, content_type="application/problem+json")`,
    spring: `// A gateway that cannot connect upstream answers with registered codes, never 599.
@ExceptionHandler(ResourceAccessException.class)
ResponseEntity<ProblemDetail> connectFailed(ResourceAccessException ex) {
    HttpStatus status = ex.getCause() instanceof ConnectException ? HttpStatus.BAD_GATEWAY : HttpStatus.GATEWAY_TIMEOUT;
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, "The stock service could not be reached.");
    return ResponseEntity.status(status).body(pd);
}`,
    fastapi: `import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

# A gateway that cannot connect upstream answers with registered codes, never 599.
@app.get("/stock")
async def stock():
    try:
        async with httpx.AsyncClient(timeout=httpx.Timeout(10, connect=3)) as client:
            return (await client.get("http://stock.internal/levels")).json()
    except httpx.ConnectTimeout:
        status, detail = 504, "The stock service could not be reached in time."
    except httpx.ConnectError:
        status, detail = 502, "The stock service refused the connection."
    return JSONResponse({"type": "about:blank", "title": "Gateway error", "status": status, "detail": detail},
                        status_code=status, media_type="application/problem+json")`,
    go: `// A gateway that cannot connect upstream answers with registered codes, never 599.
proxy.Transport = &http.Transport{DialContext: (&net.Dialer{Timeout: 3 * time.Second}).DialContext}
proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusBadGateway
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() { status = http.StatusGatewayTimeout }
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": http.StatusText(status), "status": status})
}`,
  },
  clientContract: {
    canAssume: [
      'If a proxy sent it, the upstream never received the request, so a retry is safe for any method.',
      'The failure is connectivity, not the request content.',
    ],
    mustNotAssume: [
      'That a server sent the 599: check for response headers.',
      'That a locally synthesized 599 after the request was sent means nothing was applied.',
    ],
  },
  related: [
    { code: 504, difference: '504 Gateway Timeout is the registered code a gateway should send for an upstream connect timeout.' },
    { code: 598, difference: '598 is the companion informal code for a timeout while reading an already-connected upstream.' },
    { code: 522, difference: 'Cloudflare\'s 522 is its own code for a connect timeout to the origin.' },
  ],
  faq: [
    {
      question: 'My Tornado app logs HTTP 599. Which server sent it?',
      answer: 'Usually none: Tornado\'s client creates 599 when no response arrived (timeout, DNS, refused connection). Read the wrapped exception.',
    },
  ],
  references: ['Tornado httpclient.HTTPClientError (code 599)', 'RFC 9110 §15.6.5', 'RFC 9110 §15'],
}
