import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for Cloudflare 530 Origin DNS Error.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(530, 'cloudflare').summary
 * ```
 */
export const vendorCloudflare530: GuideEntry = {
  code: 530,
  vendor: 'cloudflare',
  summary: 'Cloudflare could not resolve the origin hostname; the body carries a Cloudflare 1xxx error code with the details.',
  meaning:
    'Not an IANA status: Cloudflare returns 530 when it has an issue resolving the origin hostname, so it cannot ' +
    'connect to the origin. The HTTP status is only the envelope: the page body names a Cloudflare 1xxx error (for ' +
    'example 1016 Origin DNS error, or 1033 for a Cloudflare Tunnel that is not connected) that says what went wrong. ' +
    'The number collides with Pantheon\'s 530 "Site is frozen", a different vendor meaning.',
  guarantees: [
    'The request never reached an origin.',
    'The body\'s 1xxx code is the real diagnosis.',
  ],
  doesNotGuarantee: [
    'That the origin is down: it may be running but not resolvable (wrong CNAME, deleted record, tunnel offline).',
    'That a 530 from another platform means the same (Pantheon uses 530 for frozen sites).',
  ],
  whenToUse: [
    'Only Cloudflare emits it: when a proxied CNAME points at a hostname that does not resolve (error 1016).',
    'Cloudflare emits it when the hostname routes to a Cloudflare Tunnel with no connected connector (error 1033).',
    'Cloudflare emits it when an Origin Rule or load balancer pool names an origin host that DNS cannot resolve.',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering 530 from a self-run gateway when the upstream hostname does not resolve',
      consequence: 'Clients see an unknown 5xx that collides with Cloudflare\'s and Pantheon\'s meanings.',
      instead: '502 Bad Gateway',
    },
    {
      misuse: 'Reading a 530 without its body',
      consequence: 'The 1xxx error code that identifies the cause is lost; teams guess.',
      instead: 'Log and surface the 1xxx code from the Cloudflare error page',
    },
  ],
  criticalHeaders: [
    {
      name: 'cf-ray',
      why: 'Identifies the Cloudflare edge request; with the 1xxx code it is what support needs.',
      ifMissing: 'The 530 is from another vendor (for example Pantheon).',
    },
    {
      name: 'Content-Type',
      why: 'The HTML body carries the 1xxx error number, the actual diagnosis.',
      ifMissing: 'Only the generic 530 remains.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show a Cloudflare page headed with the 1xxx error (for example "Error 1016 Origin DNS error").',
    apiClients: 'Handled as 500; DNS problems persist, so automatic retries rarely help.',
    crawlers: 'Treated as a server error across all URLs of the host.',
    uptimeMonitors: 'Every check fails; the fix is in DNS or tunnel configuration.',
    cdns: 'Cloudflare-specific meaning; Pantheon uses the same number for frozen sites.',
  },
  inspectorSignals: [
    'cf-ray / server: cloudflare',
    '1xxx error code in the body',
  ],
  correctnessWarnings: [
    'Origins must never emit 530 (status-facts §5.21); the number is ambiguous between vendors.',
  ],
  debugging: [
    'Read the 1xxx code in the body and follow Cloudflare\'s page for that code.',
    'Resolve the origin hostname from outside: dig +short origin.example.com (CNAME targets must resolve publicly).',
    'For Cloudflare Tunnel, check that cloudflared is running and connected (cloudflared tunnel info <name>).',
    'Check Origin Rules and load balancer pools for mistyped or deleted origin hostnames.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
const app = express()
app.get('/inventory', async (_req, res, next) => {
  try {
    res.json(await (await fetch('https://inventory.internal.example/items')).json())
  } catch (cause) {
    const code = cause instanceof Error && (cause.cause as { code?: string } | undefined)?.code
    next(problem(502, code === 'ENOTFOUND' ? 'Upstream host name does not resolve.' : 'Upstream request failed.', { cause }))
  }
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
const app = Fastify()
await app.register(problemPlugin)
app.get('/inventory', async () => {
  try {
    return (await (await fetch('https://inventory.internal.example/items')).json()) as unknown
  } catch (cause) {
    const code = cause instanceof Error && (cause.cause as { code?: string } | undefined)?.code
    throw problem(502, code === 'ENOTFOUND' ? 'Upstream host name does not resolve.' : 'Upstream request failed.', { cause })
  }
})`,
    django: `import socket
import requests
from rest_framework.response import Response
from rest_framework.views import APIView

# A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
class InventoryView(APIView):
    def get(self, request):
        try:
            return Response(requests.get("https://inventory.internal.example/items", timeout=5).json())
        except requests.ConnectionError as exc:
            dns = isinstance(exc.__context__, socket.gaierror) or "Name or service not known" in str(exc)
            return Response({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "Upstream host name does not resolve." if dns else "Upstream request failed."},
                            status=502, content_type="application/problem+json")`,
    spring: `// A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
@ExceptionHandler(ResourceAccessException.class)
ResponseEntity<ProblemDetail> upstreamUnreachable(ResourceAccessException ex) {
    boolean dns = ex.getCause() instanceof UnknownHostException;
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
        dns ? "Upstream host name does not resolve." : "Upstream request failed.");
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(pd);
}`,
    fastapi: `import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

# A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
@app.get("/inventory")
async def inventory():
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            return (await client.get("https://inventory.internal.example/items")).json()
    except httpx.ConnectError as exc:
        dns = "Name or service not known" in str(exc) or "nodename nor servname" in str(exc)
        return JSONResponse({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "Upstream host name does not resolve." if dns else "Upstream request failed."},
                            status_code=502, media_type="application/problem+json")`,
    go: `// A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
	detail := "Upstream request failed."
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) { detail = "Upstream host name does not resolve." }
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusBadGateway)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Bad Gateway", "status": 502, "detail": detail})
}`,
  },
  clientContract: {
    canAssume: [
      'No origin processed the request.',
      'The cause is DNS or tunnel configuration behind Cloudflare, not the request.',
    ],
    mustNotAssume: [
      'That every 530 is Cloudflare\'s: check for cf-ray.',
      'That a quick retry will resolve a DNS misconfiguration.',
    ],
  },
  related: [
    { code: 523, difference: '523: the origin address is known but unreachable. 530: the origin hostname could not be resolved.' },
    { code: 502, difference: '502 is the registered code a gateway uses when it cannot resolve or reach its upstream.' },
    { code: 521, difference: '521: the origin was resolved and refused the connection.' },
  ],
  faq: [
    {
      question: 'Why does Cloudflare use 530 for DNS errors instead of 1016 as the status?',
      answer: 'HTTP statuses must be 100–599; the 1xxx numbers are Cloudflare\'s error codes, shown in the body of a 530 response.',
    },
  ],
  references: ['Cloudflare docs: error-530', 'Cloudflare docs: cloudflare-1xxx-errors (1016, 1033)', 'RFC 9110 §15'],
}
