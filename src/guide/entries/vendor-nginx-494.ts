import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for nginx 494 (Request Header Too Large): nginx's internal code for a request
 * line or header that overflows large_client_header_buffers; clients receive 400.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(494).related[0]?.code // 431
 * ```
 */
export const vendorNginx494: GuideEntry = {
  code: 494,
  vendor: 'nginx',
  summary: 'nginx could not fit a request header line (usually Cookie) into large_client_header_buffers; the client receives 400 "Request Header Or Cookie Too Large".',
  meaning:
    'nginx-specific: NGX_HTTP_REQUEST_HEADER_TOO_LARGE (494) is raised while reading the request when a single header line is longer than one large_client_header_buffers buffer (8k by default), or the whole header section does not fit in the configured number of buffers. nginx never sends 494: it rewrites the status to 400 and serves the page titled "400 Request Header Or Cookie Too Large" (ngx_http_special_response.c); the access log also records 400. The number is visible only to error_page, which can map it to the standard 431. The request never reaches the upstream.',
  guarantees: [
    'The upstream application never saw the request.',
    'The request\'s header section (often an oversized Cookie or Authorization token) exceeded nginx\'s buffers.',
  ],
  doesNotGuarantee: [
    'That the client can tell it apart from other 400s, except by the HTML page title.',
    'Which header was too large: the error log says "client sent too long header line" with a prefix of it, the client gets nothing specific.',
  ],
  whenToUse: [
    'In nginx config: error_page 494 =431 /errors/431.json; turns the generic 400 into the standard 431 with a problem body.',
    'Diagnosing a 400 HTML page titled "Request Header Or Cookie Too Large" in front of your app.',
    'Sizing large_client_header_buffers for large JWTs or many cookies after the error log reports too long header lines.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 494 from an application for large headers',
      consequence: 'Clients treat the unknown code as 400 and cannot learn that headers are the problem.',
      instead: '431 Request Header Fields Too Large naming the field',
    },
    {
      misuse: 'Fixing every 494 by raising large_client_header_buffers without limit',
      consequence: 'Each connection can pin more memory; cookie bloat keeps growing until the next limit (CDN, Node 16 KiB) fails instead.',
      instead: 'Trim cookies and tokens; raise buffers moderately and consistently across all hops',
    },
  ],
  criticalHeaders: [
    {
      name: 'Cookie',
      why: 'The usual culprit: many or large cookies accumulated on the domain (analytics, session chunks).',
      ifMissing: 'If no Cookie was sent, look at Authorization (large JWTs) or custom headers.',
    },
    {
      name: 'Content-Type',
      why: 'nginx\'s default page is text/html; with error_page 494 =431 you can serve application/problem+json.',
      ifMissing: 'API clients receive an HTML page they cannot parse.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show nginx\'s "400 Bad Request / Request Header Or Cookie Too Large" page; clearing the site\'s cookies usually fixes it for the user.',
    apiClients: 'Receive a 400 with an HTML body and do not retry; the status alone hides that headers were the problem.',
    crawlers: 'Rare: crawlers send few cookies; a crawler hitting it usually has a huge URL-like header or a buggy cookie jar.',
    uptimeMonitors: 'Report a 400; usually not an outage but a client with oversized headers.',
    cdns: 'CDNs have their own header limits (and may answer 431 or 400 first); behind a CDN, nginx sees the CDN\'s added headers too.',
  },
  inspectorSignals: [
    'A 400 with the HTML title "Request Header Or Cookie Too Large" and Server: nginx.',
    'The total size of the request\'s header section and its largest line.',
  ],
  correctnessWarnings: [
    'nginx reports an oversized header as 400 by default, although 431 is the standard code (RFC 6585 §5); map it with error_page.',
    'Never emit 494 from an origin; clients map unknown 4xx to 400 anyway (RFC 9110 §15).',
  ],
  debugging: [
    'Check the response: curl -i shows 400 with "Request Header Or Cookie Too Large" in the HTML title.',
    'Measure the request headers: in devtools copy as cURL and count bytes, or curl -v and look at the Cookie line.',
    'Grep the nginx error log for "client sent too long header line" or "client sent too large request".',
    'Trim cookies (scope them to paths, drop stale ones) or raise large_client_header_buffers 4 16k; reload nginx.',
  ],
  frameworks: {
    express: `import express from 'express'
import { requestHeaderFieldsTooLarge } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// nginx: error_page 494 =431 /errors/431; location = /errors/431 { proxy_pass http://app; }
const app = express()
app.get('/errors/431', () => {
  throw requestHeaderFieldsTooLarge('A request header (usually Cookie) is too large; clear cookies for this site.', {
    extensions: { hint: 'Cookie' },
  })
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { requestHeaderFieldsTooLarge } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// The target of nginx's error_page 494 =431 /errors/431 (method becomes GET).
const app = Fastify()
await app.register(problemPlugin)
app.get('/errors/431', async () => {
  throw requestHeaderFieldsTooLarge('The request headers exceed the proxy\\'s buffer; clear cookies and retry.')
})`,
    django: `# nginx.conf:
#   large_client_header_buffers 4 16k;
#   error_page 494 =431 /errors/431.json;
#   location = /errors/431.json { internal; default_type application/problem+json;
#     return 431 '{"type":"about:blank","title":"Request Header Fields Too Large","status":431}'; }
# Django never sees the request; nothing to do in views.`,
    spring: `// Tomcat has its own limit (server.max-http-request-header-size, default 8KB) and answers 400.
// Map oversized headers to a 431 ProblemDetail in nginx instead:
//   error_page 494 =431 /errors/431.json;
@GetMapping("/errors/431.json")
ResponseEntity<ProblemDetail> headerTooLarge() {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
        "A request header (usually Cookie) is too large.");
    return ResponseEntity.status(431).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
}`,
    fastapi: `# uvicorn (h11) has its own header size limit; nginx in front maps its 494 to 431:
#   error_page 494 =431 /errors/431;
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/errors/431")
def header_too_large():
    return JSONResponse(status_code=431, media_type="application/problem+json", content={
        "type": "about:blank", "title": "Request Header Fields Too Large", "status": 431,
        "detail": "A request header (usually Cookie) is too large; clear cookies for this site."})`,
    go: `// Client side: recognise nginx's disguised 494.
resp, err := client.Do(req)
if err == nil && resp.StatusCode == http.StatusBadRequest {
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if bytes.Contains(body, []byte("Request Header Or Cookie Too Large")) {
		log.Printf("nginx 494: request headers too large (%d cookie bytes)", len(req.Header.Get("Cookie")))
	}
}`,
  },
  clientContract: {
    canAssume: [
      'The request did not reach the application; it is safe to resend after shrinking the headers.',
      'Only the header section is at fault; the same request with smaller cookies or tokens gets through.',
    ],
    mustNotAssume: [
      'That the 400 is about the body or parameters: with this page title it is the headers.',
      'That resending the same headers will ever work.',
    ],
  },
  related: [
    { code: 431, difference: 'The standard code for oversized header fields; what nginx should be configured to send.' },
    { code: 400, difference: 'What the client actually receives from nginx (wireAs 400).' },
    { code: 414, difference: 'The request line\'s URI, not a header, is too long (nginx also uses large_client_header_buffers for it).' },
  ],
  faq: [
    {
      question: 'My access log shows 400, where is 494?',
      answer: 'nginx rewrites 494 to 400 before logging and sending. You only meet the number in error_page directives and in nginx\'s source; the error log line "client sent too long header line" identifies it.',
    },
    {
      question: 'Which other header limits apply?',
      answer: 'Every hop has one: CDNs, load balancers, Node (16 KiB by default, --max-http-header-size), Tomcat (max-http-request-header-size, 8 KB). Raising nginx\'s buffers alone may just move the failure to the next hop.',
    },
  ],
  references: ['nginx src/http/ngx_http_request.h (NGX_HTTP_REQUEST_HEADER_TOO_LARGE)', 'nginx src/http/ngx_http_special_response.c', 'RFC 6585 §5'],
}
