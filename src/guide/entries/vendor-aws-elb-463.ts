import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for AWS Application Load Balancer 463 (X-Forwarded-For Too Many IPs): the request's
 * X-Forwarded-For header listed more than 30 addresses.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(463).debugging
 * ```
 */
export const vendorAwsElb463: GuideEntry = {
  code: 463,
  vendor: 'aws-elb',
  summary: 'The AWS Application Load Balancer refused a request whose X-Forwarded-For header carried more than 30 IP addresses, a sign of a proxy loop or forged header.',
  meaning:
    'AWS ALB-specific: the load balancer received an X-Forwarded-For request header with too many IP addresses; the upper limit is 30 (AWS ALB troubleshooting). The ALB answers the client with 463 directly and does not forward the request to any target. In practice the list grows because requests loop between proxies or load balancers (each hop appends an address), or because a client or upstream proxy sends a huge forged X-Forwarded-For.',
  guarantees: [
    'The request did not reach any target.',
    'The X-Forwarded-For header exceeded 30 addresses when it arrived at the ALB.',
  ],
  doesNotGuarantee: [
    'That the client did anything wrong: a routing loop between your own proxies produces it for every request.',
    'A problem+json body: the ALB sends its own short HTML page.',
  ],
  whenToUse: [
    'Diagnosing a 463 from an ALB: look for request loops (CloudFront → ALB → nginx → the same ALB ...).',
    'Hardening proxies in front of an ALB: overwrite or truncate X-Forwarded-For from untrusted clients instead of appending to it.',
    'Reading ALB metrics: HTTPCode_ELB_4XX_Count includes 463; a spike after a config change points at a new loop.',
  ],
  whenNotToUse: [
    {
      misuse: 'Emitting 463 from an application that dislikes a long X-Forwarded-For',
      consequence: 'Clients see an unknown 4xx treated as 400 and cannot tell which header is wrong.',
      instead: '431 Request Header Fields Too Large naming X-Forwarded-For, or ignore untrusted entries',
    },
    {
      misuse: 'Trusting the left-most X-Forwarded-For address for security decisions',
      consequence: 'Clients forge it; long forged lists also trigger 463 at the ALB.',
      instead: 'Trust only entries added by your own proxies (count hops from the right)',
    },
  ],
  criticalHeaders: [
    {
      name: 'X-Forwarded-For',
      why: 'The header the ALB counted; each proxy appends the address it received the request from.',
      ifMissing: 'Not applicable: without the header there is no 463.',
    },
    {
      name: 'Via',
      why: 'Proxies that add Via make loops visible: the same proxy name repeated means the request passed it more than once.',
      ifMissing: 'Loops are harder to see; compare X-Forwarded-For entries instead.',
    },
  ],
  toolInterpretation: {
    browsers: 'Users see the ALB\'s "463" error page for every request if a loop exists; nothing they can fix.',
    apiClients: 'Receive a non-standard 4xx (treated as 400) with an HTML body; no retry.',
    crawlers: 'Crawl errors for the whole site when a loop exists.',
    uptimeMonitors: 'Report failures on all endpoints behind the looping path; a strong signal of a routing misconfiguration.',
    cdns: 'A CDN whose origin is itself (or an ALB that routes back to the CDN) creates the loop that ends in 463.',
  },
  inspectorSignals: [
    'The number of entries in X-Forwarded-For on the request and repeated addresses in it.',
    'Repeated proxy names in Via.',
  ],
  correctnessWarnings: [
    '463 is ALB-specific; an origin must not emit it (status-facts §5.21).',
    'Repeated addresses in X-Forwarded-For indicate a forwarding loop that also multiplies load.',
  ],
  debugging: [
    'Capture the failing request\'s X-Forwarded-For (at the proxy before the ALB) and count the entries.',
    'Look for repeated addresses: they show which hops the request keeps passing through.',
    'Check CDN origin settings, ALB listener rules and proxy_pass targets for a path that points back to an earlier hop.',
    'If the header comes from outside, make the edge proxy replace it (nginx: proxy_set_header X-Forwarded-For $remote_addr) instead of appending.',
  ],
  frameworks: {
    express: `import express from 'express'
import { requestHeaderFieldsTooLarge } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// An edge proxy built on Express: refuse absurd X-Forwarded-For before forwarding to the ALB.
const app = express()
app.use((req, _res, next) => {
  const hops = (req.get('x-forwarded-for') ?? '').split(',').filter((s) => s.trim() !== '')
  if (hops.length > 20) {
    throw requestHeaderFieldsTooLarge('X-Forwarded-For lists ' + hops.length + ' addresses; is there a proxy loop?', {
      extensions: { header: 'X-Forwarded-For' },
    })
  }
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// Trust only the addresses of proxies you run (the ALB's subnets), not the whole header.
const app = Fastify({ trustProxy: ['10.0.0.0/16'] })
await app.register(problemPlugin)
app.get('/whoami', async (req) => ({ ip: req.ip, hops: req.ips?.length ?? 0 }))`,
    django: `# nginx edge in front of the ALB: replace, do not append, the client's header.
#   proxy_set_header X-Forwarded-For $remote_addr;
# Django: read the address your own proxy added (right-most trusted entry).
def client_ip(request, trusted_hops=1):
    chain = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    return chain[-trusted_hops] if len(chain) >= trusted_hops else request.META["REMOTE_ADDR"]`,
    spring: `// Tomcat's RemoteIpValve resolves the client IP from trusted proxies only:
// server.tomcat.remoteip.internal-proxies=10\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}
// server.tomcat.remoteip.remote-ip-header=x-forwarded-for
// Detect loops in a filter before they reach 30 entries:
String xff = request.getHeader("X-Forwarded-For");
if (xff != null && xff.split(",").length > 20) {
    log.warn("possible proxy loop: {} X-Forwarded-For entries", xff.split(",").length);
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def xff_guard(request: Request, call_next):
    hops = [h for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    if len(hops) > 20:
        return JSONResponse(status_code=431, media_type="application/problem+json", content={
            "type": "about:blank", "title": "Request Header Fields Too Large", "status": 431,
            "detail": f"X-Forwarded-For lists {len(hops)} addresses; is there a proxy loop?"})
    return await call_next(request)`,
    go: `// A Go reverse proxy in front of the ALB: set X-Forwarded-For from the connection,
// dropping whatever the client sent, so the ALB never sees a forged 30+ entry list.
proxy := &httputil.ReverseProxy{
	Rewrite: func(pr *httputil.ProxyRequest) {
		pr.SetURL(albURL)
		pr.Out.Header.Del("X-Forwarded-For")
		pr.SetXForwarded() // X-Forwarded-For = client address only
	},
}`,
  },
  clientContract: {
    canAssume: [
      'The request was not processed by any target.',
      'Fixing X-Forwarded-For (the loop or the forged header) is the whole fix; the request content is fine.',
    ],
    mustNotAssume: [
      'That retrying helps while a proxy loop exists.',
      'That 463 has a standard meaning outside AWS load balancers.',
    ],
  },
  related: [
    { code: 431, difference: 'The standard code for oversized or excessive header fields.' },
    { code: 508, difference: 'WebDAV Loop Detected: a server-side binding loop, not a proxy forwarding loop.' },
    { code: 400, difference: 'How generic clients interpret the unknown 463.' },
  ],
  faq: [
    {
      question: 'Why would X-Forwarded-For ever have 30 entries?',
      answer: 'Almost always a loop: a CDN origin or a proxy_pass pointing back at an earlier hop, each pass appending one address. A forged header from a client is the other cause.',
    },
    {
      question: 'Can I raise the 30-address limit?',
      answer: 'AWS documents 30 as the upper limit and offers no setting for it. Fix the loop, or sanitise the header at the first proxy you control.',
    },
  ],
  references: ['AWS ALB troubleshooting: HTTP 463', 'RFC 7239 §5.2', 'RFC 9110 §7.6.3'],
}
