import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 414 URI Too Long: the target URI is longer than the server is willing to
 * interpret.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(414).faq
 * ```
 */
export const status414: GuideEntry = {
  code: 414,
  summary: 'The request target (path plus query string) is longer than the server is willing to interpret.',
  meaning:
    'RFC 9110 §15.5.15: the server is refusing to service the request because the target URI is longer than the server is willing to interpret. RFC 9110 names the rare causes: a client that converted a POST with long query information into a GET, a client caught in a redirect loop that keeps appending to the URI, or an attack probing for vulnerabilities. RFC 9110 §4.1 recommends that senders and recipients support URIs of at least 8000 octets. A 414 is heuristically cacheable.',
  guarantees: [
    'The request was refused without being processed.',
    'The same URI will be refused again; only a shorter one can succeed.',
  ],
  doesNotGuarantee: [
    'What the limit is: each hop has its own (nginx large_client_header_buffers 8k, Node max header size 16 KiB, CDN limits).',
    'That the application produced it: most 414s come from a proxy or the HTTP parser.',
  ],
  whenToUse: [
    'GET /search?ids=1,2,3,... with thousands of ids that exceed your documented limit for the request target.',
    'A redirect loop that keeps appending ?next= parameters until the URI grows past the limit.',
    'An attacker or scanner sending absurdly long paths.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 414 when the URI is fine but headers or cookies are too large',
      consequence: 'Clients shorten the URL, which was not the problem.',
      instead: '431 Request Header Fields Too Large, naming the oversized field',
    },
    {
      misuse: 'Returning 414 for a long body',
      consequence: 'Clients cut the URL, leaving the oversized body unchanged.',
      instead: '413 Content Too Large (the body, not the URI, is over the limit)',
    },
    {
      misuse: 'Returning 414 for a URI under 8000 octets when clients cannot use another endpoint',
      consequence: 'Ordinary search or filter URLs fail; RFC 9110 §4.1 recommends supporting at least 8000 octets.',
      instead: 'Raise the limit, or offer a POST search endpoint and document it',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/problem+json stating the limit and the alternative (e.g. POST /search with a JSON body).',
      ifMissing: 'Clients do not know how much to shorten or where to send long queries.',
    },
    {
      name: 'Cache-Control',
      why: '414 is heuristically cacheable; state freshness explicitly if the limit may change.',
      ifMissing: 'A CDN may keep serving 414 for a URI after the limit was raised.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers accept very long URLs (Chromium up to 2 MB) and show the server\'s 414 page; the limit is almost always the server\'s.',
    apiClients: 'Not retried. Generated SDKs that put arrays in query strings hit it as the array grows.',
    crawlers: 'Crawlers skip or de-prioritise overlong URLs; 414s in crawl reports usually come from faceted navigation generating endless parameter combinations.',
    uptimeMonitors: 'Rare; appears when a monitor follows a redirect loop that grows the URL.',
    cdns: 'CDNs enforce their own URL limits (Cloudflare about 16 KB, CloudFront 8192 bytes) and answer 414 before the origin.',
  },
  inspectorSignals: [
    'The length of the request target versus common limits (8000 octets).',
    'A chain of redirects with a growing URI (loop symptom).',
    'Which component generated the 414.',
  ],
  correctnessWarnings: [
    'RFC 9110 §4.1 recommends supporting request targets of at least 8000 octets.',
    'A 414 caused by a redirect loop means the server\'s redirect logic is broken, not the client.',
  ],
  debugging: [
    'Measure the request target: echo -n "$URL" | wc -c, and compare with each hop\'s limit.',
    'Check for redirect loops with curl -sIL --max-redirs 10 and watch the Location headers grow.',
    'Move long filter lists into a POST body (a search endpoint) or use ids ranges and pagination.',
    'Find the component that answered: Server header, HTML page from nginx or the CDN, or application problem+json.',
  ],
  frameworks: {
    express: `import express from 'express'
import { uriTooLong } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const MAX_TARGET = 8000
const app = express()
app.use((req, _res, next) => {
  if (req.originalUrl.length > MAX_TARGET) {
    throw uriTooLong('Request targets are limited to 8000 characters; use POST /search for long queries.', {
      extensions: { maxLength: MAX_TARGET },
    })
  }
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { uriTooLong } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Path parameters longer than maxParamLength (default 100) fall through to the 404 handler.
const app = Fastify({ maxParamLength: 200 })
await app.register(problemPlugin)
app.get('/search', async (req) => {
  const ids = String((req.query as { ids?: string }).ids ?? '').split(',')
  if (ids.length > 500) throw uriTooLong('At most 500 ids per GET; use POST /search for more.')
  return { ids }
})`,
    django: `from django.http import JsonResponse

class UriLengthMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if len(request.get_full_path()) > 8000:
            return JsonResponse({"type": "about:blank", "title": "URI Too Long", "status": 414,
                                 "detail": "Use POST /search for long queries.", "maxLength": 8000},
                                status=414, content_type="application/problem+json")
        return self.get_response(request)`,
    spring: `// Tomcat rejects overlong request lines itself (server.max-http-request-header-size).
// For an application-level limit on query parameters:
@GetMapping("/search")
ResponseEntity<?> search(@RequestParam List<Long> ids) {
    if (ids.size() > 500) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.URI_TOO_LONG,
            "At most 500 ids per GET; use POST /search for more.");
        return ResponseEntity.status(HttpStatus.URI_TOO_LONG)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
    return ResponseEntity.ok(service.find(ids));
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def limit_target(request: Request, call_next):
    target = request.url.path + ("?" + request.url.query if request.url.query else "")
    if len(target) > 8000:
        return JSONResponse(status_code=414, media_type="application/problem+json", content={
            "type": "about:blank", "title": "URI Too Long", "status": 414,
            "detail": "Use POST /search for long queries.", "maxLength": 8000})
    return await call_next(request)`,
    go: `func limitURI(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(r.RequestURI) > 8000 {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusRequestURITooLong)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "URI Too Long",
				"status": 414, "detail": "Use POST /search for long queries.", "maxLength": 8000})
			return
		}
		next.ServeHTTP(w, r)
	})
}`,
  },
  clientContract: {
    canAssume: [
      'The request was not processed; a shorter request target can be tried.',
      'The resource may well exist; the refusal is about the length of the request target, not the path.',
    ],
    mustNotAssume: [
      'That every hop has the same limit: a URL that works directly may fail through a CDN.',
      'That converting the GET to a POST is equivalent unless the API documents a POST alternative.',
    ],
  },
  related: [
    { code: 431, difference: 'The header fields, not the request target, are too large.' },
    { code: 413, difference: 'The request content is too large.' },
    { code: 400, difference: 'The URI is malformed (invalid percent-encoding), not too long.' },
  ],
  faq: [
    {
      question: 'What URL length is safe?',
      answer: 'RFC 9110 §4.1 recommends that all senders and recipients support at least 8000 octets. Staying under about 2000 characters avoids old proxies and tools; send long queries in a POST body.',
    },
    {
      question: 'Can a GET carry a body to avoid 414?',
      answer: 'RFC 9110 §9.3.1 gives content in a GET no defined semantics and some intermediaries drop it. Use a POST to a search resource, or the proposed QUERY method where supported.',
    },
  ],
  references: ['RFC 9110 §15.5.15', 'RFC 9110 §4.1', 'RFC 9112 §3'],
}
