import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 431 Request Header Fields Too Large (RFC 6585 §5).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(431).debugging
 * ```
 */
export const status431: GuideEntry = {
  code: 431,
  summary: 'The request\'s header fields, or one field, are too large; the response should name the field.',
  meaning:
    'RFC 6585 §5: the server is unwilling to process the request because its header fields are too large, either ' +
    'one field or all of them together. The response SHOULD say which: when a single field is at fault, name it ' +
    'in the body. The client may retry after reducing the header size. 431 MUST NOT be stored by a cache.',
  guarantees: [
    'The request was rejected before processing, on header size alone.',
    'Shrinking the offending field (or the header block) can make the same request succeed.',
    'No cache stores the 431.',
  ],
  doesNotGuarantee: [
    'That the body names the field: it is a SHOULD, and servers like Node send an empty body.',
    'The exact limit, which differs per hop (CDN, load balancer, proxy, application).',
  ],
  whenToUse: [
    'The Cookie header has grown past the server\'s limit because an app keeps adding cookies.',
    'A single Authorization header carries a huge JWT with embedded permissions.',
    'The total header section exceeds the configured maximum (Node\'s default --max-http-header-size is 16 KB).',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 431 for an overlong URL or query string',
      consequence: 'Clients shrink headers that are not the problem.',
      instead: '414 URI Too Long',
    },
    {
      misuse: 'Returning 431 for an oversized request body',
      consequence: 'Clients trim cookies and tokens instead of the upload.',
      instead: '413 Content Too Large',
    },
    {
      misuse: 'Returning a bare 431 without naming the field when one field is at fault',
      consequence: 'Users and support cannot tell whether to clear cookies or shorten a token.',
      instead: '431 with a problem body naming the field, e.g. "Cookie header is 9 KB; limit is 8 KB"',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'A problem+json body naming the offending field (RFC 6585 §5 SHOULD).',
      ifMissing: 'Clients cannot tell which header to shrink.',
    },
    {
      name: 'Cache-Control',
      why: '431 MUST NOT be stored (RFC 6585 §5); send no-store and no freshness.',
      ifMissing: 'A cache could replay the 431 to clients with normal-sized headers.',
    },
    {
      name: 'Connection',
      why: 'Servers often close the connection after rejecting oversized headers; Connection: close says so.',
      ifMissing: 'The client may try to reuse a connection the server is about to drop.',
    },
  ],
  toolInterpretation: {
    browsers:
      'Show the error page; the usual fix for users is clearing cookies for the site. Browsers also cap cookie size themselves.',
    apiClients: 'ky, got and undici do not retry it; octokit retries it unchanged, which fails again. The request must shrink first.',
    crawlers: 'Rare; crawlers send small headers. A 431 to a crawler indicates a very low server limit.',
    uptimeMonitors: 'Not an availability signal unless probes carry large headers.',
    cdns:
      'CDNs and load balancers have their own header limits and may send 431 or 400 (nginx rewrites its 494 to 400) before the origin sees the request.',
  },
  inspectorSignals: [
    'body names the offending field',
    'no explicit freshness on the 431',
    'which hop generated it (Server, Via headers)',
  ],
  correctnessWarnings: [
    '431 MUST NOT be stored by a cache (RFC 6585 §5; status-facts §5.11).',
    'RFC 6585 §5 asks servers to name the field when one field is too large; a bare 431 is hard to act on.',
    'nginx reports oversized headers as 400 "Request Header Or Cookie Too Large", not 431.',
  ],
  debugging: [
    'Measure the request headers: curl -v shows them; sum the sizes, and look at Cookie and Authorization first.',
    'Read the 431 body for a field name; check Server and Via to see which hop rejected it.',
    'Compare against each hop\'s limit (CDN, load balancer, nginx large_client_header_buffers, Node maxHeaderSize).',
    'Fix the source: fewer or smaller cookies, opaque tokens instead of large JWTs; raise limits only consistently across hops.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const MAX_COOKIE = 4096
const app = express()
app.use((req, _res, next) => {
  const size = Buffer.byteLength(req.get('cookie') ?? '')
  if (size > MAX_COOKIE) throw problem(431, \`Cookie header is \${size} bytes; the limit is \${MAX_COOKIE}.\`, { extensions: { field: 'Cookie' } })
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const MAX_COOKIE = 4096
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  const size = Buffer.byteLength(req.headers.cookie ?? '')
  if (size > MAX_COOKIE) throw problem(431, \`Cookie header is \${size} bytes; the limit is \${MAX_COOKIE}.\`, { extensions: { field: 'Cookie' } })
})`,
    django: `from django.http import JsonResponse

MAX_COOKIE = 4096

class CookieSizeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        size = len(request.headers.get("Cookie", "").encode())
        if size > MAX_COOKIE:
            return JsonResponse({"type": "about:blank", "title": "Request Header Fields Too Large", "status": 431,
                                 "detail": f"Cookie header is {size} bytes; the limit is {MAX_COOKIE}.", "field": "Cookie"},
                                status=431, content_type="application/problem+json", headers={"Cache-Control": "no-store"})
        return self.get_response(request)`,
    spring: `@Component
class CookieSizeFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String cookie = Objects.requireNonNullElse(req.getHeader("Cookie"), "");
        if (cookie.length() > 4096) {
            res.setStatus(431);
            res.setContentType("application/problem+json");
            res.setHeader("Cache-Control", "no-store");
            res.getWriter().write("{\\"title\\":\\"Request Header Fields Too Large\\",\\"status\\":431,\\"field\\":\\"Cookie\\"}");
            return;
        }
        chain.doFilter(req, res);
    }
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
MAX_COOKIE = 4096

@app.middleware("http")
async def cookie_size(request: Request, call_next):
    size = len(request.headers.get("cookie", "").encode())
    if size > MAX_COOKIE:
        return JSONResponse({"type": "about:blank", "title": "Request Header Fields Too Large", "status": 431,
                             "detail": f"Cookie header is {size} bytes; the limit is {MAX_COOKIE}.", "field": "Cookie"},
                            status_code=431, media_type="application/problem+json", headers={"Cache-Control": "no-store"})
    return await call_next(request)`,
    go: `func cookieLimit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if size := len(r.Header.Get("Cookie")); size > 4096 {
			w.Header().Set("Content-Type", "application/problem+json")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusRequestHeaderFieldsTooLarge)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Request Header Fields Too Large",
				"status": 431, "detail": fmt.Sprintf("Cookie header is %d bytes; the limit is 4096.", size), "field": "Cookie"})
			return
		}
		next.ServeHTTP(w, r)
	})
}`,
  },
  clientContract: {
    canAssume: [
      'The request was not processed.',
      'Reducing the named header (or the total header size) is the fix.',
    ],
    mustNotAssume: [
      'That resending unchanged will ever work.',
      'That every hop shares the same limit: passing the origin\'s limit does not mean passing the CDN\'s.',
    ],
  },
  related: [
    { code: 413, difference: '413 rejects the request content (body) for size; 431 rejects the header section.' },
    { code: 414, difference: '414 rejects the request target (URL) for length; 431 rejects header fields.' },
    { code: 400, difference: 'Some servers (nginx) report oversized headers as 400; 431 is the specific code.' },
  ],
  faq: [
    {
      question: 'Users suddenly get 431 on our site. Why?',
      answer: 'Almost always cookie growth: analytics or session cookies accumulate per subdomain until the Cookie header passes a limit.',
    },
    {
      question: 'Should I just raise the header limit?',
      answer: 'Only after finding what grew; raise it consistently across CDN, proxy and app, or the smallest limit still rejects requests.',
    },
  ],
  references: ['RFC 6585 §5', 'RFC 9110 §5.4', 'RFC 9112 §5'],
}
