import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for Cloudflare 527 Railgun Error (deprecated).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(527, 'cloudflare').summary
 * ```
 */
export const vendorCloudflare527: GuideEntry = {
  code: 527,
  vendor: 'cloudflare',
  summary: 'Historical: the connection between Cloudflare and the origin\'s Railgun listener failed; Railgun is discontinued.',
  meaning:
    'Not an IANA status, and deprecated: Cloudflare generated 527 when the connection between its edge and the ' +
    'origin\'s Railgun server (rg-listener, a WAN optimizer that sent deltas of dynamic pages) was interrupted or timed ' +
    'out. Cloudflare has discontinued Railgun and removed 527 from its current error documentation; Argo Smart Routing ' +
    'and Cloudflare Tunnel replace it. Seeing 527 today means an old setup or an old log.',
  guarantees: [
    'It came from a Cloudflare zone that still routed through a Railgun listener.',
    'The failure was between the edge and the Railgun listener, before the origin web server.',
  ],
  doesNotGuarantee: [
    'Any current support: the product and its troubleshooting path no longer exist.',
    'Whether the origin itself was healthy.',
  ],
  whenToUse: [
    'Only Cloudflare emitted it, and only for zones using Railgun, when the rg-listener connection failed.',
    'When analysing historic logs, it marks failures of the Railgun link rather than of the web server.',
  ],
  whenNotToUse: [
    {
      misuse: 'Keeping a Railgun listener in the request path',
      consequence: 'The product is retired; failures have no supported fix and appear as 527.',
      instead: 'Connect Cloudflare directly to the origin or through Cloudflare Tunnel',
    },
    {
      misuse: 'Reusing 527 in your own WAN optimizer or tunnel for link failures',
      consequence: 'Tools map it to Cloudflare\'s retired meaning or to a generic 500.',
      instead: '502 Bad Gateway (or 504 Gateway Timeout for a link timeout)',
    },
  ],
  criticalHeaders: [
    {
      name: 'cf-ray',
      why: 'Identifies the Cloudflare request in historical support cases.',
      ifMissing: 'Not a Cloudflare 527.',
    },
  ],
  toolInterpretation: {
    browsers: 'Showed a Cloudflare "Railgun Listener to origin error" page.',
    apiClients: 'Handled as 500 (unknown 5xx, RFC 9110 §15).',
    crawlers: 'Treated as a server error.',
    uptimeMonitors: 'Counted as down.',
    cdns: 'Specific to Cloudflare\'s retired Railgun; no other CDN uses it.',
  },
  inspectorSignals: [
    'cf-ray / server: cloudflare',
    'deprecated vendor code (Railgun retired)',
  ],
  correctnessWarnings: [
    '527 is deprecated: Railgun was discontinued, so the code should no longer appear; investigate any new occurrence.',
    'Origins must never emit 527 (status-facts §5.21).',
  ],
  debugging: [
    'Check whether the zone or origin still has a Railgun listener (rg-listener) configured.',
    'Remove Railgun from the path and connect Cloudflare to the origin directly or via Cloudflare Tunnel.',
    'If errors continue, diagnose them by the new code Cloudflare returns (52x).',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
const app = express()
app.get('/pages/:id', async (req, res, next) => {
  try {
    const upstream = await fetch(\`http://origin.internal/pages/\${req.params.id}\`)
    res.status(upstream.status).type(upstream.headers.get('content-type') ?? 'text/html').send(await upstream.text())
  } catch (cause) {
    next(problem(502, 'The link to the origin failed.', { cause }))
  }
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
const app = Fastify()
await app.register(problemPlugin)
app.get<{ Params: { id: string } }>('/pages/:id', async (req, reply) => {
  try {
    const upstream = await fetch(\`http://origin.internal/pages/\${req.params.id}\`)
    return reply.code(upstream.status).type(upstream.headers.get('content-type') ?? 'text/html').send(await upstream.text())
  } catch (cause) {
    throw problem(502, 'The link to the origin failed.', { cause })
  }
})`,
    django: `import requests
from django.http import HttpResponse, JsonResponse

# A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
def relay(request, page_id):
    try:
        upstream = requests.get(f"http://origin.internal/pages/{page_id}", timeout=10)
    except requests.ConnectionError:
        return JsonResponse({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "The link to the origin failed."},
                            status=502, content_type="application/problem+json")
    return HttpResponse(upstream.content, status=upstream.status_code,
                        content_type=upstream.headers.get("content-type"))`,
    spring: `// A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
@ExceptionHandler(ResourceAccessException.class)
ResponseEntity<ProblemDetail> linkFailed(ResourceAccessException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, "The link to the origin failed.");
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(pd);
}`,
    fastapi: `import httpx
from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse

app = FastAPI()

# A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
@app.get("/pages/{page_id}")
async def relay(page_id: str):
    try:
        async with httpx.AsyncClient(timeout=10) as client:
            upstream = await client.get(f"http://origin.internal/pages/{page_id}")
    except httpx.TransportError:
        return JSONResponse({"type": "about:blank", "title": "Bad Gateway", "status": 502,
                             "detail": "The link to the origin failed."},
                            status_code=502, media_type="application/problem+json")
    return Response(upstream.content, status_code=upstream.status_code,
                    media_type=upstream.headers.get("content-type"))`,
    go: `// A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
proxy := httputil.NewSingleHostReverseProxy(originURL)
proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
	log.Printf("origin link failed: %v", err)
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusBadGateway)
	io.WriteString(w, \`{"type":"about:blank","title":"Bad Gateway","status":502,"detail":"The link to the origin failed."}\`)
}`,
  },
  clientContract: {
    canAssume: [
      'The failure was in Cloudflare\'s Railgun link, not in the request.',
      'It can be handled like any 500.',
    ],
    mustNotAssume: [
      'That the code is still in use or documented.',
      'That a non-idempotent request was not applied.',
    ],
  },
  related: [
    { code: 502, difference: '502 is the registered code for a failed link between a gateway and its upstream.' },
    { code: 520, difference: '520 is Cloudflare\'s current catch-all for unusable origin responses; 527 was specific to Railgun.' },
  ],
  faq: [
    {
      question: 'I still see 527 in old dashboards. Should I worry?',
      answer: 'Only if new occurrences appear; then a Railgun listener is still in the path and should be removed.',
    },
  ],
  references: ['Cloudflare docs: cloudflare-5xx-errors (historical error-527)', 'RFC 9110 §15', 'RFC 9110 §15.6.3'],
}
