import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for nginx 496 (SSL Certificate Required): ssl_verify_client on, and the client sent
 * no certificate; clients receive 400.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(496).summary
 * ```
 */
export const vendorNginx496: GuideEntry = {
  code: 496,
  vendor: 'nginx',
  summary: 'The endpoint requires a TLS client certificate (ssl_verify_client on) and the client sent none; nginx answers 400 "No required SSL certificate was sent".',
  meaning:
    'nginx-specific: NGX_HTTPS_NO_CERT (496) is raised when ssl_verify_client is on and the TLS handshake completed without a client certificate. nginx rewrites it to 400 with the page "400 No required SSL certificate was sent"; the access log records 400, and only error_page sees 496. The fix is on the client: configure it to present its certificate (and check that any TLS-terminating hop in between forwards or re-presents it).',
  guarantees: [
    'The client did not present any certificate in the TLS handshake; the upstream never saw the request.',
    'The TLS handshake completed; nginx rejected the request at the HTTP layer.',
  ],
  doesNotGuarantee: [
    'That the client has a certificate the server would accept once it sends one (that failure would be 495).',
    'That the client is misconfigured rather than a TLS-terminating proxy in between having dropped the certificate.',
  ],
  whenToUse: [
    'In nginx config: error_page 496 =401 /errors/cert-required; so API clients get a standard status that says credentials are missing (with a WWW-Authenticate challenge naming the mutual-TLS requirement).',
    'Diagnosing a 400 "No required SSL certificate was sent" after moving a client behind a corporate proxy or load balancer that terminates TLS.',
    'Deciding between ssl_verify_client on (nginx answers 496) and optional (the app can answer with a documented problem).',
  ],
  whenNotToUse: [
    {
      misuse: 'Making ssl_verify_client on a host that also serves browsers or public pages',
      consequence: 'Every visitor without a certificate gets a cryptic 400 page (or a certificate picker), including health checks.',
      instead: 'A separate host or location for mTLS, or ssl_verify_client optional with per-route checks',
    },
    {
      misuse: 'Emitting 496 from an application when a certificate header is absent',
      consequence: 'Clients treat the unknown code as 400 and never learn that a certificate is required.',
      instead: '401 Unauthorized with WWW-Authenticate, or 403, with a problem type such as /probs/client-cert-required',
    },
  ],
  criticalHeaders: [
    {
      name: 'WWW-Authenticate',
      why: 'If you map 496 to 401 with error_page, the 401 needs a challenge; a scheme name such as MutualTLS tells clients what is missing.',
      ifMissing: 'A 401 without a challenge violates RFC 9110 §15.5.2.',
    },
    {
      name: 'Content-Type',
      why: 'application/problem+json instead of nginx\'s HTML page.',
      ifMissing: 'API clients cannot parse the explanation.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers without a matching personal certificate send none and show nginx\'s 400 page; with certificates installed they prompt the user to choose one.',
    apiClients: 'HTTP clients send no certificate unless configured (curl --cert, Node https.Agent({ cert, key }), requests cert=...); they receive 400 HTML and do not retry.',
    crawlers: 'Crawlers never send client certificates; an mTLS-only host is invisible to them (expected).',
    uptimeMonitors: 'Uptime checks without a certificate get 400 from mTLS hosts; point them at a non-mTLS health endpoint.',
    cdns: 'A CDN between client and nginx terminates the client\'s TLS, so nginx sees no client certificate unless the CDN uses its own origin certificate (authenticated origin pulls).',
  },
  inspectorSignals: [
    'A 400 whose HTML title is "No required SSL certificate was sent" from an nginx host.',
    'Whether the TLS handshake included a CertificateRequest from the server and an empty Certificate message from the client.',
  ],
  correctnessWarnings: [
    'nginx sends 400 for a missing client certificate; 401 (with a challenge) or 403 describes it better.',
    'Never emit 496 from an origin: it is nginx-internal.',
  ],
  debugging: [
    'Run curl -v https://api.example.com/ without --cert: the 400 page title confirms mTLS is required.',
    'Run openssl s_client -connect api.example.com:443 and check "Acceptable client certificate CA names" to see which CAs the server expects.',
    'Configure the client with its certificate and key (curl --cert client.pem --key client.key) and retry.',
    'If the client is configured but still gets 496, look for a proxy that terminates TLS between client and nginx.',
  ],
  frameworks: {
    express: `import express from 'express'
import { unauthorized } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// nginx: ssl_verify_client optional; proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
const app = express()
app.use('/partner', (req, _res, next) => {
  if ((req.get('x-ssl-client-verify') ?? 'NONE') === 'NONE') {
    throw unauthorized('Partner endpoints require a TLS client certificate.', {
      wwwAuthenticate: 'MutualTLS realm="partner"',
    })
  }
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { unauthorized } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Target of nginx's error_page 496 =401 /errors/cert-required;
const app = Fastify()
await app.register(problemPlugin)
app.get('/errors/cert-required', async () => {
  throw unauthorized('Present your partner client certificate (mutual TLS).', {
    wwwAuthenticate: 'MutualTLS realm="partner"',
  })
})`,
    django: `# nginx: ssl_verify_client optional; proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
from django.http import JsonResponse

def partner_orders(request):
    if request.headers.get("X-SSL-Client-Verify", "NONE") == "NONE":
        return JsonResponse({"type": "https://example.com/probs/client-cert-required",
                             "title": "Client certificate required", "status": 401,
                             "detail": "Partner endpoints require a TLS client certificate."},
                            status=401, content_type="application/problem+json",
                            headers={"WWW-Authenticate": 'MutualTLS realm="partner"'})
    return JsonResponse({"orders": []})`,
    spring: `// Client side with Spring's RestClient: present the certificate, or nginx answers 496 -> 400.
SSLContext ssl = SSLContextBuilder.create()
    .loadKeyMaterial(keyStore, keyPassword)   // the client certificate and key
    .loadTrustMaterial(trustStore, null)
    .build();
RestClient client = RestClient.builder()
    .requestFactory(new HttpComponentsClientHttpRequestFactory(httpClientWith(ssl)))
    .build();`,
    fastapi: `# Client side with httpx: without cert=..., nginx answers 496 (sent as 400).
import httpx

client = httpx.Client(cert=("client.pem", "client.key"), verify="ca.pem")
r = client.get("https://partner.example.com/orders")
if r.status_code == 400 and "No required SSL certificate" in r.text:
    raise RuntimeError("mTLS: the client certificate was not sent")`,
    go: `// Client side: present a certificate, or nginx answers 496 (sent as 400).
cert, err := tls.LoadX509KeyPair("client.pem", "client.key")
if err != nil {
	log.Fatal(err)
}
client := &http.Client{Transport: &http.Transport{
	TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}},
}}
resp, err := client.Get("https://partner.example.com/orders")`,
  },
  clientContract: {
    canAssume: [
      'The request was not processed; sending it again with a client certificate is the fix.',
      'TLS to the server works; only the client certificate is missing.',
    ],
    mustNotAssume: [
      'That the 400 concerns the request body, headers or URL.',
      'That any certificate will do: the server only trusts certain client CAs.',
    ],
  },
  related: [
    { code: 401, difference: 'The standard status for missing credentials; map 496 to it with a challenge.' },
    { code: 495, difference: 'nginx: a certificate was sent but failed verification.' },
    { code: 400, difference: 'What nginx actually sends for 496 (wireAs 400).' },
  ],
  faq: [
    {
      question: 'My client has the certificate configured but still gets this 400. Why?',
      answer: 'A hop between the client and nginx terminates TLS (a load balancer, CDN or corporate proxy), so the certificate never reaches nginx. Either terminate mTLS at that hop and forward the verification result, or pass TLS through to nginx.',
    },
    {
      question: 'Should load balancer health checks go through mTLS?',
      answer: 'Give them a location or port without ssl_verify_client on; health checkers present no client certificate, get 496 (sent as 400) and mark healthy targets down.',
    },
  ],
  references: ['nginx src/http/ngx_http_request.h (NGX_HTTPS_NO_CERT)', 'nginx ngx_http_ssl_module: ssl_verify_client', 'RFC 9110 §15.5.2'],
}
