import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for nginx 497 (HTTP Request Sent to HTTPS Port): a plain-HTTP request arrived on
 * a port configured for TLS; clients receive 400.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(497).debugging
 * ```
 */
export const vendorNginx497: GuideEntry = {
  code: 497,
  vendor: 'nginx',
  summary: 'A client spoke plain HTTP to a port where nginx expects TLS; nginx answers 400 "The plain HTTP request was sent to HTTPS port".',
  meaning:
    'nginx-specific: NGX_HTTP_TO_HTTPS (497) is raised when a listen ... ssl port receives bytes that look like a plain HTTP request instead of a TLS ClientHello. nginx reads the request anyway and answers it in cleartext with 400 and the page "The plain HTTP request was sent to HTTPS port"; the access log records 400. The common use of the number is error_page 497 =301 https://$host:$server_port$request_uri; which redirects such clients to the https URL on the same port. The request never reaches the upstream.',
  guarantees: [
    'The client used http:// (or a cleartext client) against a TLS port; no TLS was negotiated.',
    'The upstream application did not see the request.',
  ],
  doesNotGuarantee: [
    'That the client can follow a redirect to https on the same port (some clients pin the scheme or drop bodies on 301).',
    'Privacy of what was sent: the request, including cookies and credentials, crossed the network in cleartext.',
  ],
  whenToUse: [
    'In nginx config: error_page 497 =301 https://$host:$server_port$request_uri; for a non-standard TLS port (e.g. :8443) that humans type with http://.',
    'In nginx config for APIs: error_page 497 =400 with a problem body telling the client to use https, since redirecting API calls hides a security bug.',
    'Diagnosing a 400 page titled "The plain HTTP request was sent to HTTPS port" after a load balancer health check or proxy_pass was configured with http:// to a TLS upstream.',
  ],
  whenNotToUse: [
    {
      misuse: 'Redirecting plain-HTTP API calls (POST with credentials) on the TLS port with 301',
      consequence: 'Secrets already went over the wire in cleartext, and 301 may turn POST into GET; the client never learns it is misconfigured.',
      instead: '400 with a problem body ("use https"), and rotate any credentials that were sent',
    },
    {
      misuse: 'Emitting 497 from an application that detects X-Forwarded-Proto: http',
      consequence: 'Clients see an unknown 4xx treated as 400 with no standard meaning.',
      instead: '308 Permanent Redirect to https for browsers, or 400/403 with a problem type for APIs; plus HSTS',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'With error_page 497 =301 (or =308), the https URL including the non-standard port.',
      ifMissing: 'Without a port in the URL, clients are sent to :443, where nothing may listen.',
    },
    {
      name: 'Strict-Transport-Security',
      why: 'Sent over HTTPS, makes browsers use https for the host from then on, so they stop hitting the TLS port with http.',
      ifMissing: 'Users keep typing http:// and hitting the 497 page.',
    },
  ],
  toolInterpretation: {
    browsers: 'A user typing http://host:8443 sees nginx\'s 400 page (or gets redirected if error_page 497 is configured).',
    apiClients: 'Clients configured with an http:// base URL for a TLS port receive a cleartext 400 HTML page and fail; no retry.',
    crawlers: 'A crawler following an http:// link to the TLS port gets 400 (or the redirect) and indexes the https URL if redirected.',
    uptimeMonitors: 'A check configured with http:// against the TLS port reports 400; fix the check URL, the service is fine.',
    cdns: 'Happens between CDN and origin when the CDN\'s origin protocol is HTTP but the origin port is TLS (Cloudflare "Flexible" mode pointed at :443 with ssl).',
  },
  inspectorSignals: [
    'A cleartext 400 with the title "The plain HTTP request was sent to HTTPS port" from an nginx host.',
    'Mismatch between URL scheme and port (http:// with :443 or :8443).',
  ],
  correctnessWarnings: [
    'Any credentials in a request that triggered 497 were sent in cleartext; treat them as exposed.',
    'Never emit 497 from an origin; it is nginx-internal and clients treat it as 400.',
  ],
  debugging: [
    'Check the URL: curl -v http://host:443/ reproduces the 400; curl -v https://host:443/ should work.',
    'In proxy configs, look for proxy_pass http://upstream:443 or a load balancer target group using HTTP to a TLS port.',
    'Check the CDN\'s origin protocol setting against the origin\'s listen directives.',
    'Decide per port: redirect humans (error_page 497 =301 https://$host:$server_port$request_uri) or answer APIs with a problem.',
  ],
  frameworks: {
    express: `import express from 'express'
import { forbidden } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Behind a TLS-terminating proxy, refuse API calls that arrived over plain HTTP.
const app = express()
app.set('trust proxy', 1)
app.use('/api', (req, _res, next) => {
  if (!req.secure) {
    throw forbidden('Use https://; credentials sent over http must be rotated.', {
      type: 'https://example.com/probs/https-required',
    })
  }
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { badRequest } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Target of nginx's error_page 497 =400 /errors/https-required; for API ports.
const app = Fastify()
await app.register(problemPlugin)
app.get('/errors/https-required', async () => {
  throw badRequest('This port only speaks TLS; use https:// in your base URL.', {
    type: 'https://example.com/probs/https-required',
  })
})`,
    django: `# nginx for a non-standard TLS port used by people:
#   server { listen 8443 ssl; error_page 497 =301 https://$host:$server_port$request_uri; }
# Django side: trust the proxy's scheme and send HSTS so browsers stop using http://
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
# For APIs prefer a 400 problem+json over a redirect: error_page 497 =400 /errors/https-required;`,
    spring: `// Spring Security behind a proxy: require https, redirecting browsers (302 to https by default).
@Bean
SecurityFilterChain https(HttpSecurity http) throws Exception {
    http.requiresChannel(c -> c.anyRequest().requiresSecure())
        .headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31536000)));
    return http.build();
}
// server.forward-headers-strategy=native so X-Forwarded-Proto is honoured.`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()  # run uvicorn with --proxy-headers behind nginx

@app.middleware("http")
async def https_only(request: Request, call_next):
    if request.url.scheme != "https" and request.url.path.startswith("/api"):
        return JSONResponse(status_code=403, media_type="application/problem+json", content={
            "type": "https://example.com/probs/https-required", "title": "HTTPS required",
            "status": 403, "detail": "Use https://; credentials sent over http must be rotated."})
    return await call_next(request)`,
    go: `// Go's TLS server answers a plain-HTTP request on a TLS port with a cleartext
// "400 Bad Request: client sent an HTTP request to an HTTPS server" (the 497 situation).
// Serve http:// separately and redirect people; refuse API calls:
go http.ListenAndServe(":80", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://"+r.Host+r.URL.RequestURI(), http.StatusPermanentRedirect)
}))
log.Fatal(http.ListenAndServeTLS(":443", "cert.pem", "key.pem", mux))`,
  },
  clientContract: {
    canAssume: [
      'The request never reached the application; resending it with https:// on the same host and port is the fix.',
      'The same host and port answer normally when spoken to over TLS.',
    ],
    mustNotAssume: [
      'That nothing leaked: the request travelled unencrypted.',
      'That a 301 from error_page 497 preserves the method and body of a POST.',
    ],
  },
  related: [
    { code: 400, difference: 'What nginx actually sends for 497 (wireAs 400).' },
    { code: 308, difference: 'A method-preserving permanent redirect; the right code when redirecting http to https for non-GET requests.' },
    { code: 301, difference: 'The redirect error_page 497 usually uses; fine for browsers\' GETs, but POST may become GET.' },
    { code: 426, difference: 'Upgrade Required asks for a protocol upgrade on the same connection (not used for TLS in practice; RFC 2817 is rarely deployed).' },
  ],
  faq: [
    {
      question: 'How do I redirect http to https on the same non-standard port?',
      answer: 'In the TLS server block add error_page 497 =301 https://$host:$server_port$request_uri; (or =308 to keep methods). A separate port-80 server block cannot help, because the client is talking to the TLS port.',
    },
    {
      question: 'Why does my load balancer health check get 400 from nginx?',
      answer: 'It probes the TLS port with plain HTTP. Switch the health check protocol to HTTPS or point it at a plain-HTTP port.',
    },
  ],
  references: ['nginx src/http/ngx_http_request.h (NGX_HTTP_TO_HTTPS)', 'nginx ngx_http_ssl_module: error processing', 'RFC 9110 §15.4.9', 'RFC 6797 §7.1'],
}
