import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 421 Misdirected Request (RFC 9110 §15.5.20).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(421).related
 * ```
 */
export const status421: GuideEntry = {
  code: 421,
  summary: 'The request reached a server that cannot answer for that host on this connection; retry on a new connection.',
  meaning:
    'RFC 9110 §15.5.20: the request was directed at a server that is unable or unwilling to produce an authoritative ' +
    'response for the target URI. It happens when HTTP/2 or HTTP/3 connection reuse (coalescing) sends a request ' +
    'for host B over a connection opened for host A, or when the SNI and Host disagree. A proxy MUST NOT generate ' +
    '421. The client MAY retry over a different connection whatever the method, because the request was not processed.',
  guarantees: [
    'The request was not processed by the server that answered.',
    'Repeating it on a fresh connection (with correct SNI for the host) is allowed even for POST (RFC 9110 §15.5.20).',
    'The answer is specific to the connection and not heuristically cacheable (RFC 9110 App. B.3).',
  ],
  doesNotGuarantee: [
    'That a new connection will reach the right server if DNS or the certificate setup is wrong.',
    'That the resource exists on the correct server.',
  ],
  whenToUse: [
    'A TLS front end receives a request whose Host is not among the names it serves on this connection (SNI mismatch).',
    'An HTTP/2 connection was coalesced onto a server because the certificate covers a wildcard, but the backend for that host lives elsewhere.',
    'A server that requires a client certificate for one host receives that host\'s request on a connection negotiated without one.',
  ],
  whenNotToUse: [
    {
      misuse: 'Generating 421 in a forward or reverse proxy',
      consequence: 'Forbidden by RFC 9110 §15.5.20; clients reconnect to the same proxy and loop.',
      instead: '502 Bad Gateway or 504 Gateway Timeout for upstream problems',
    },
    {
      misuse: 'Using 421 for an unknown virtual host that no server handles',
      consequence: 'Clients retry on a new connection and get the same answer.',
      instead: '404 Not Found or 400 Bad Request for a bad Host',
    },
    {
      misuse: 'Using 421 to mean "wrong region, go elsewhere"',
      consequence: 'Clients only open a new connection to the same host; they do not learn the new address.',
      instead: '307 Temporary Redirect or 308 Permanent Redirect with Location',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'A short problem+json body helps humans debug coalescing; clients retry based on the status alone.',
      ifMissing: 'Little harm; the status carries the instruction.',
    },
    {
      name: 'Alt-Svc',
      why: 'Stale Alt-Svc advertisements are a common source of misdirected HTTP/3 requests; check what the server sends.',
      ifMissing: 'Nothing breaks; clients fall back to the origin.',
    },
  ],
  toolInterpretation: {
    browsers:
      'Chrome and Firefox retry automatically on a new, non-coalesced connection; users rarely see 421 unless the retry fails too.',
    apiClients:
      'Most client libraries surface 421 as an error; only some HTTP/2 clients retry it on a fresh connection by themselves.',
    crawlers: 'Retried; persistent 421 looks like a broken host and reduces crawling.',
    uptimeMonitors: 'Monitors using a single connection per check rarely hit it; coalescing clients do.',
    cdns: 'Edge servers send 421 when SNI and Host do not match a configured certificate; they must not forward an origin\'s 421 as their own.',
  },
  inspectorSignals: [
    'Host header vs TLS SNI vs certificate names',
    'HTTP version (coalescing happens on HTTP/2 and HTTP/3)',
    'Via header: a 421 passed through a proxy that generated it is non-compliant',
  ],
  correctnessWarnings: [
    'A proxy MUST NOT generate 421 (RFC 9110 §15.5.20; status-facts §5.20).',
    '421 is no longer heuristically cacheable; caching it breaks other connections (RFC 9110 App. B.3).',
  ],
  debugging: [
    'Reproduce with curl -v --http2 and compare the SNI, the Host header and the certificate\'s subjectAltName list.',
    'Check whether two hostnames share an IP and a certificate but are served by different backends.',
    'Test each host on its own connection (curl --connect-to or separate invocations) to confirm coalescing is the cause.',
    'Fix by giving each backend its own certificate/IP, or by making every server behind the shared IP answer all names on the certificate.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const servedHosts = new Set(['api.example.com'])
const app = express()
app.use((req, _res, next) => {
  if (!servedHosts.has(req.hostname)) throw problem(421, \`This server does not serve \${req.hostname}.\`)
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const servedHosts = new Set(['api.example.com'])
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (!servedHosts.has(req.hostname)) throw problem(421, \`This server does not serve \${req.hostname}.\`)
})`,
    django: `from django.http import JsonResponse

class MisdirectedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = request.get_host().split(":")[0]
        if host not in {"api.example.com"}:
            return JsonResponse({"type": "about:blank", "title": "Misdirected Request", "status": 421,
                                 "detail": f"This server does not serve {host}."},
                                status=421, content_type="application/problem+json")
        return self.get_response(request)`,
    spring: `@Component
class HostFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!"api.example.com".equals(req.getServerName())) {
            res.setStatus(421);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\\"type\\":\\"about:blank\\",\\"title\\":\\"Misdirected Request\\",\\"status\\":421}");
            return;
        }
        chain.doFilter(req, res);
    }
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def misdirected(request: Request, call_next):
    host = request.headers.get("host", "").split(":")[0]
    if host != "api.example.com":
        return JSONResponse({"type": "about:blank", "title": "Misdirected Request", "status": 421,
                             "detail": f"This server does not serve {host}."},
                            status_code=421, media_type="application/problem+json")
    return await call_next(request)`,
    go: `func onlyHost(host string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.TLS != nil && r.TLS.ServerName != host || stripPort(r.Host) != host {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusMisdirectedRequest)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Misdirected Request",
				"status": 421, "detail": "This server does not serve " + r.Host + "."})
			return
		}
		next.ServeHTTP(w, r)
	})
}`,
  },
  clientContract: {
    canAssume: [
      'Nothing was processed; a retry on a new connection is safe for any method.',
      'The problem is connection routing, not the request content.',
    ],
    mustNotAssume: [
      'That retrying on the same connection can succeed.',
      'That the resource is missing: the right server may have it.',
    ],
  },
  related: [
    { code: 400, difference: '400 is a malformed request; 421 is a valid request on the wrong connection.' },
    { code: 502, difference: '502 is a proxy reporting a bad upstream response; a proxy must never use 421.' },
    { code: 307, difference: '307 sends the client to another URI; 421 keeps the URI and only needs another connection.' },
  ],
  faq: [
    {
      question: 'Why do I see 421 only in browsers, never with curl?',
      answer:
        'Browsers coalesce HTTP/2 connections across hostnames that share an IP and certificate; a single curl call opens a connection per host.',
    },
    {
      question: 'Was the request applied?',
      answer: 'No. The server declined to handle it, which is why RFC 9110 allows retrying even non-idempotent methods.',
    },
  ],
  references: ['RFC 9110 §15.5.20', 'RFC 9110 Appendix B.3', 'RFC 9113 §9.1.1', 'RFC 9110 §4.3.3'],
}
