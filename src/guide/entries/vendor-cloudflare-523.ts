import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for Cloudflare 523 Origin Is Unreachable.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(523, 'cloudflare').summary
 * ```
 */
export const vendorCloudflare523: GuideEntry = {
  code: 523,
  vendor: 'cloudflare',
  summary: 'Cloudflare has no network route to the origin\'s IP address.',
  meaning:
    'Not an IANA status: Cloudflare generates 523 when it cannot contact the origin because a network device between ' +
    'Cloudflare and the origin has no route to the origin IP. Causes are a wrong A/AAAA record (an old, private or ' +
    'mistyped address), routing problems at the hosting provider, or, in AWS, an overly broad VPC route (such as ' +
    '172.0.0.0/8) that captures Cloudflare\'s 172.64.0.0/13 range.',
  guarantees: [
    'The request never reached the origin.',
    'The problem is routing or addressing, not the application.',
  ],
  doesNotGuarantee: [
    'That the origin is down: it may be healthy but unreachable from Cloudflare.',
    'That the issue will clear by itself; wrong DNS records persist until fixed.',
  ],
  whenToUse: [
    'Only Cloudflare emits it: when the proxied A/AAAA record holds an address with no route from the internet.',
    'Cloudflare emits it when an upstream network of the origin has lost its route (a BGP or provider incident).',
    'Cloudflare emits it when a VPC route table sends Cloudflare\'s address range to a private destination.',
  ],
  whenNotToUse: [
    {
      misuse: 'Putting a private address (10.x, 192.168.x) in a proxied Cloudflare DNS record',
      consequence: 'Every request fails with 523: Cloudflare cannot route to private ranges.',
      instead: 'The origin\'s public IP, or Cloudflare Tunnel for private origins',
    },
    {
      misuse: 'Reporting "origin unreachable" from a self-run gateway with 523',
      consequence: 'Clients treat it as a generic 500 and operators search Cloudflare dashboards.',
      instead: '502 Bad Gateway',
    },
  ],
  criticalHeaders: [
    {
      name: 'cf-ray',
      why: 'Identifies the Cloudflare data centre; routing problems can be regional.',
      ifMissing: 'Not a Cloudflare 523.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show Cloudflare\'s "Origin is unreachable" page.',
    apiClients: 'Handled as 500. Retrying rarely helps quickly: the route is usually missing until someone fixes it.',
    crawlers: 'Treated as a server error; long outages reduce indexing.',
    uptimeMonitors: 'Counted as down; checks from several regions show whether the route loss is regional.',
    cdns: 'Cloudflare serves cached content where available; otherwise the 523 page.',
  },
  inspectorSignals: [
    'cf-ray / server: cloudflare',
    'fast failure (no connection attempt completes)',
  ],
  correctnessWarnings: [
    'Origins must never emit 523 (status-facts §5.21).',
  ],
  debugging: [
    'Compare the A/AAAA record in the Cloudflare DNS app with the IP your host assigns the origin.',
    'From the origin, run MTR or traceroute to a Cloudflare IP seen in its logs and look for where packets stop.',
    'In AWS, review VPC route tables for broad routes that cover 172.64.0.0/13.',
    'Ask the hosting provider about routing incidents at the time of the errors.',
  ],
  frameworks: {
    express: `import express from 'express'
import { serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A health endpoint for Cloudflare health checks / load balancing, so an unreachable
// origin is taken out of rotation instead of serving 523 to visitors.
let dependenciesUp = true
const app = express()
app.get('/healthz', (_req, res) => {
  if (!dependenciesUp) throw serviceUnavailable('Origin is not ready.') // Cache-Control: no-store by default
  res.set('cache-control', 'no-store').json({ status: 'ok' })
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { serviceUnavailable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Probed by Cloudflare health checks: an origin that cannot be reached fails the
// probe and a load balancer pool fails over instead of returning 523.
let dependenciesUp = true
const app = Fastify()
await app.register(problemPlugin)
app.get('/healthz', async (_req, reply) => {
  if (!dependenciesUp) throw serviceUnavailable('Origin is not ready.') // Cache-Control: no-store by default
  return reply.header('cache-control', 'no-store').send({ status: 'ok' })
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

# Target for Cloudflare health checks, so unreachable origins fail over instead of 523.
class HealthView(APIView):
    def get(self, request):
        if not dependencies_up():
            return Response({"type": "about:blank", "title": "Service Unavailable", "status": 503,
                             "detail": "Origin is not ready."},
                            status=503, content_type="application/problem+json",
                            headers={"Cache-Control": "no-store"})
        return Response({"status": "ok"}, headers={"Cache-Control": "no-store"})`,
    spring: `# application.properties: expose a health endpoint for Cloudflare health checks.
# An origin that is unreachable or unhealthy fails the probe and traffic fails over.
management.endpoints.web.exposure.include=health
management.endpoint.health.probes.enabled=true
management.server.port=443`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

# Target for Cloudflare health checks, so unreachable origins fail over instead of 523.
@app.get("/healthz")
def healthz():
    if not dependencies_up():
        return JSONResponse({"type": "about:blank", "title": "Service Unavailable", "status": 503,
                             "detail": "Origin is not ready."},
                            status_code=503, media_type="application/problem+json",
                            headers={"Cache-Control": "no-store"})
    return JSONResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})`,
    go: `// Target for Cloudflare health checks, so unreachable origins fail over instead of 523.
mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if !dependenciesUp() {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, \`{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"Origin is not ready."}\`)
		return
	}
	io.WriteString(w, \`{"status":"ok"}\`)
})`,
  },
  clientContract: {
    canAssume: [
      'The origin never saw the request; nothing was processed.',
      'The fault is in the network path or DNS, not in the request.',
    ],
    mustNotAssume: [
      'That it will resolve within seconds; misrouted or mistyped addresses persist.',
      'That the origin application is broken.',
    ],
  },
  related: [
    { code: 522, difference: '522: a route exists but the origin did not answer in time. 523: there is no route at all.' },
    { code: 530, difference: '530: Cloudflare could not resolve the origin hostname. 523: it has an address but cannot route to it.' },
    { code: 502, difference: '502 is the registered code a gateway uses when its upstream is unreachable.' },
  ],
  faq: [
    {
      question: 'Could the origin\'s IP have changed?',
      answer: 'Yes, a common cause: hosts reassign IPs on migration. Update the Cloudflare DNS record, or use dynamic DNS updates.',
    },
  ],
  references: ['Cloudflare docs: error-523', 'RFC 9110 §15'],
}
