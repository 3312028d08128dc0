import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 501 Not Implemented (RFC 9110 §15.6.2).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(501).related
 * ```
 */
export const status501: GuideEntry = {
  code: 501,
  summary: 'The server does not support the functionality required, typically a request method it does not recognize for any resource.',
  meaning:
    'RFC 9110 §15.6.2: the server does not support the functionality required to fulfil the request. This is the ' +
    'appropriate response when the server does not recognize the request method and is not capable of supporting it ' +
    'for any resource. It differs from 405, where the method is known but not allowed on this resource. A 501 is ' +
    'heuristically cacheable.',
  guarantees: [
    'The request was not processed.',
    'Repeating the same request to this server will get the same answer until the server is upgraded.',
  ],
  doesNotGuarantee: [
    'That other methods or features work on this resource.',
    'That a different server version or deployment lacks the feature too.',
  ],
  whenToUse: [
    'A request uses a method the server has no implementation of at all (e.g. PROPFIND on a non-WebDAV server, or a made-up method).',
    'A request arrives with a Transfer-Encoding whose transfer coding the server does not understand (RFC 9112 §6.1). An unsupported Content-Encoding in a request is 415, not 501 (RFC 9110 §8.4, §15.5.16).',
    'A required extension of the protocol (e.g. a newer conditional-request feature) is not implemented anywhere in the server.',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering 501 for a known method that this route does not allow (DELETE on a read-only resource)',
      consequence: 'Clients believe the server lacks the feature entirely; the required Allow header is missing.',
      instead: '405 Method Not Allowed with Allow',
    },
    {
      misuse: 'Using 501 as a placeholder for an API endpoint that is "coming soon"',
      consequence: 'Counted as a server error by monitors; some clients (axios-retry, octokit) retry it.',
      instead: '404 Not Found until the route exists',
    },
    {
      misuse: 'Returning 501 when a feature is disabled for one account or plan',
      consequence: 'Clients assume no account can use it and stop offering it.',
      instead: '403 Forbidden with a problem type naming the plan restriction',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'problem+json naming the unsupported method or feature.',
      ifMissing: 'Clients cannot tell what is unsupported.',
    },
    {
      name: 'Cache-Control',
      why: '501 is heuristically cacheable; set an explicit policy (no-store while rolling out a new method).',
      ifMissing: 'A CDN may keep serving 501 after the server gains support.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers only send standard methods, so 501 appears mainly from fetch() with custom methods.',
    apiClients:
      'Not retried by ky, got, undici, AWS or Azure; axios-retry, octokit, gaxios and Stripe retry all 5xx including 501.',
    crawlers: 'Rare; crawlers use GET/HEAD. A 501 on GET indicates a broken server.',
    uptimeMonitors: 'Usually a scanner probing methods; count it outside the availability SLO.',
    cdns: 'May cache it heuristically; CDNs also answer 501 themselves for methods they do not proxy.',
  },
  inspectorSignals: [
    'request method is standard and supported elsewhere (then 405 fits)',
    'body that does not leak server internals',
    'cache policy on a heuristically cacheable error',
  ],
  correctnessWarnings: [
    '405 vs 501: a method known to the server but not supported by the target resource is 405 with Allow (status-facts §5.2).',
    'Heuristically cacheable: without Cache-Control a CDN may store the 501.',
  ],
  debugging: [
    'curl -i -X <METHOD> the URL and check which hop answered 501 (Server, Via headers).',
    'Send OPTIONS to the resource and read Allow to see what it supports.',
    'Check proxies and CDNs: many reject non-standard methods with 501 before the origin sees them.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const KNOWN = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const app = express()
app.use((req, _res, next) => {
  if (!KNOWN.has(req.method)) throw problem(501, \`Method \${req.method} is not implemented by this server.\`, { expose: true })
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const KNOWN = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (!KNOWN.has(req.method)) throw problem(501, \`Method \${req.method} is not implemented by this server.\`, { expose: true })
})`,
    django: `from django.http import JsonResponse

KNOWN = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

class UnknownMethodMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in KNOWN:
            return JsonResponse({"type": "about:blank", "title": "Not Implemented", "status": 501,
                                 "detail": f"Method {request.method} is not implemented by this server."},
                                status=501, content_type="application/problem+json")
        return self.get_response(request)`,
    spring: `@Component
class UnknownMethodFilter extends OncePerRequestFilter {
    private static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!KNOWN.contains(req.getMethod())) {
            res.setStatus(501);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\\"type\\":\\"about:blank\\",\\"title\\":\\"Not Implemented\\",\\"status\\":501}");
            return;
        }
        chain.doFilter(req, res);
    }
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
KNOWN = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

@app.middleware("http")
async def unknown_method(request: Request, call_next):
    if request.method not in KNOWN:
        return JSONResponse({"type": "about:blank", "title": "Not Implemented", "status": 501,
                             "detail": f"Method {request.method} is not implemented by this server."},
                            status_code=501, media_type="application/problem+json")
    return await call_next(request)`,
    go: `var known = map[string]bool{"GET": true, "HEAD": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true, "OPTIONS": true}

func methods(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !known[r.Method] {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusNotImplemented)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Not Implemented",
				"status": 501, "detail": "Method " + r.Method + " is not implemented by this server."})
			return
		}
		next.ServeHTTP(w, r)
	})
}`,
  },
  clientContract: {
    canAssume: [
      'Nothing was processed.',
      'The server as a whole lacks the feature, so trying other resources with the same method is pointless.',
    ],
    mustNotAssume: [
      'That a retry will succeed: 501 is not a transient failure.',
      'That the server is unhealthy; it is working as designed.',
    ],
  },
  related: [
    { code: 405, difference: '405: the method is known but this resource does not allow it (Allow lists what does). 501: the server does not support it for any resource.' },
    { code: 400, difference: '400 is a malformed request; 501 is a well-formed request for a feature the server lacks.' },
    { code: 505, difference: '505 rejects the HTTP version; 501 rejects a method or feature.' },
  ],
  faq: [
    {
      question: 'Should 501 page the on-call engineer?',
      answer: 'Usually not: it is typically a scanner or a client using an unsupported method. Count it separately from real 5xx faults.',
    },
  ],
  references: ['RFC 9110 §15.6.2', 'RFC 9110 §15.5.6', 'RFC 9110 §9.1', 'RFC 9110 §15.1', 'RFC 9112 §6.1', 'RFC 9110 §15.5.16'],
}
