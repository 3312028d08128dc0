import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 505 HTTP Version Not Supported (RFC 9110 §15.6.6).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(505).summary
 * ```
 */
export const status505: GuideEntry = {
  code: 505,
  summary: 'The server refuses the major HTTP version used in the request.',
  meaning:
    'RFC 9110 §15.6.6: the server does not support, or refuses to support, the major version of HTTP that was used in ' +
    'the request message. The server SHOULD send a representation describing why that version is not supported and ' +
    'what other protocols it supports. In practice it answers requests claiming HTTP/0.9, HTTP/2.0 or HTTP/3.0 in an ' +
    'HTTP/1.x request line, or HTTP/1.0 when the server has dropped it.',
  guarantees: [
    'The request was not processed.',
    'The problem is the protocol version, not the resource or the request content.',
  ],
  doesNotGuarantee: [
    'Which versions the server accepts, unless the body or Alt-Svc says so.',
    'That the client library lets you choose the version; many negotiate it automatically via ALPN.',
  ],
  whenToUse: [
    'A request line says HTTP/2.0 or HTTP/3.0 over a plain HTTP/1.x connection (a broken or malicious client).',
    'A server that has retired HTTP/1.0 receives an HTTP/1.0 request (for example to enforce Host and keep-alive semantics).',
    'A request line carries an unknown major version such as HTTP/4.0.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 505 to demand a newer API version (v1 vs v2) or app version',
      consequence: 'Clients think their HTTP stack is broken, not their API usage.',
      instead: '400, 404 or 410 with a problem type naming the retired API version',
    },
    {
      misuse: 'Using 505 to push clients from HTTP/1.1 to HTTP/2',
      consequence: 'HTTP/1.1 is the universal fallback; many clients and proxies cannot upgrade and fail entirely.',
      instead: 'Advertise h2 via ALPN or Alt-Svc and keep serving HTTP/1.1',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'A body describing the supported versions, as RFC 9110 §15.6.6 recommends.',
      ifMissing: 'Clients cannot learn which version to use.',
    },
    {
      name: 'Alt-Svc',
      why: 'Can advertise alternative protocols (h2, h3) the server does support.',
      ifMissing: 'Clients fall back to guessing.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers negotiate versions via ALPN and essentially never see 505.',
    apiClients:
      'Not retried by ky, got, undici, AWS or Azure; axios-retry and octokit retry it like any 5xx, uselessly.',
    crawlers: 'Treated as a server error; occurs only with very old crawlers speaking HTTP/1.0.',
    uptimeMonitors: 'A monitor using HTTP/1.0 (some old TCP/HTTP checks) may see it; fix the probe, not the server.',
    cdns: 'CDNs terminate the client protocol themselves and rarely pass a 505 on.',
  },
  inspectorSignals: [
    'request line version vs versions the server supports',
    'body describing supported versions',
  ],
  correctnessWarnings: [
    'Counting 505 against the availability SLO is misleading: it is a client protocol problem reported with a 5xx.',
  ],
  debugging: [
    'Check the request line the client sends: curl -v --http1.0 / --http1.1 reproduces version issues.',
    'Check proxies in front that may rewrite or downgrade the version.',
    'Update or reconfigure the client (or monitor) to use HTTP/1.1 or newer with ALPN.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use((req, _res, next) => {
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 0) {
    throw problem(505, 'HTTP/1.0 is not supported; use HTTP/1.1 or HTTP/2.', { expose: true })
  }
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (req.raw.httpVersion === '1.0') {
    throw problem(505, 'HTTP/1.0 is not supported; use HTTP/1.1 or HTTP/2.', { expose: true })
  }
})`,
    django: `from django.http import JsonResponse

class RejectHttp10Middleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get("SERVER_PROTOCOL") == "HTTP/1.0":
            return JsonResponse({"type": "about:blank", "title": "HTTP Version Not Supported", "status": 505,
                                 "detail": "HTTP/1.0 is not supported; use HTTP/1.1 or HTTP/2."},
                                status=505, content_type="application/problem+json")
        return self.get_response(request)`,
    spring: `@Component
class RejectHttp10Filter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if ("HTTP/1.0".equals(req.getProtocol())) {
            res.setStatus(505);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\\"title\\":\\"HTTP Version Not Supported\\",\\"status\\":505,\\"detail\\":\\"Use HTTP/1.1 or HTTP/2.\\"}");
            return;
        }
        chain.doFilter(req, res);
    }
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def reject_http10(request: Request, call_next):
    if request.scope.get("http_version") == "1.0":
        return JSONResponse({"type": "about:blank", "title": "HTTP Version Not Supported", "status": 505,
                             "detail": "HTTP/1.0 is not supported; use HTTP/1.1 or HTTP/2."},
                            status_code=505, media_type="application/problem+json")
    return await call_next(request)`,
    go: `func rejectHTTP10(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !r.ProtoAtLeast(1, 1) {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusHTTPVersionNotSupported)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "HTTP Version Not Supported",
				"status": 505, "detail": "HTTP/1.0 is not supported; use HTTP/1.1 or HTTP/2."})
			return
		}
		next.ServeHTTP(w, r)
	})
}`,
  },
  clientContract: {
    canAssume: [
      'Nothing was processed.',
      'The same request over a supported HTTP version can succeed.',
    ],
    mustNotAssume: [
      'That the server is down or unhealthy.',
      'That retrying over the same version will work.',
    ],
  },
  related: [
    { code: 426, difference: '426 asks the client to switch protocol via the Upgrade header; 505 simply refuses the version used.' },
    { code: 501, difference: '501 refuses a method or feature; 505 refuses the HTTP version itself.' },
    { code: 400, difference: '400 covers a malformed request line; 505 a well-formed one with an unsupported version.' },
  ],
  faq: [
    {
      question: 'Why is a client\'s protocol choice a 5xx?',
      answer:
        'Historical: RFC 2068 put it in 5xx as "the server does not support". Treat it as a client configuration problem when monitoring.',
    },
  ],
  references: ['RFC 9110 §15.6.6', 'RFC 9110 §2.5', 'RFC 9112 §2.3'],
}
