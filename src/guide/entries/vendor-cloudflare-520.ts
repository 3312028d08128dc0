import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for Cloudflare 520 Web Server Returned an Unknown Error.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(520, 'cloudflare').summary
 * ```
 */
export const vendorCloudflare520: GuideEntry = {
  code: 520,
  vendor: 'cloudflare',
  summary: 'Cloudflare\'s edge got an empty, unknown or unexpected response from the origin and could not pass it on.',
  meaning:
    'Not an IANA status: Cloudflare generates 520 at its edge when the origin server returns an empty, unknown or ' +
    'unexpected response. Common causes are an origin process that crashes or resets the connection mid-request, ' +
    'response headers over Cloudflare\'s size limit (often too many cookies), a response without a status line, a ' +
    'broken HTTP/2 setup at the origin, or a firewall dropping Cloudflare IPs mid-stream. It is Cloudflare\'s ' +
    'catch-all for "the origin answered, but not with valid HTTP".',
  guarantees: [
    'Cloudflare, not the origin, produced the status; a cf-ray header identifies the edge request.',
    'Cloudflare did reach the origin; the connection was established but the response was unusable.',
  ],
  doesNotGuarantee: [
    'That the origin did not process the request: it may have crashed after committing a write.',
    'Which of the causes applies; only the origin\'s logs tell.',
  ],
  whenToUse: [
    'Only Cloudflare emits it: when the origin resets the connection or closes it before sending a status line.',
    'Cloudflare emits it when the origin\'s response headers exceed its header size limit.',
    'Cloudflare emits it when the origin advertises HTTP/2 via ALPN but then does not speak it correctly.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 520 from origin application code to mean "unknown error"',
      consequence: 'Operators look for a Cloudflare-to-origin problem that does not exist; clients treat it as a generic 500.',
      instead: '500 Internal Server Error with a problem+json body',
    },
    {
      misuse: 'Letting an unhandled exception kill the origin worker without writing a response',
      consequence: 'Every such crash shows visitors a Cloudflare 520 page instead of your error page.',
      instead: 'A catch-all error handler that always writes a complete 500 response',
    },
  ],
  criticalHeaders: [
    {
      name: 'cf-ray',
      why: 'Identifies the edge request; Cloudflare support and the origin logs (CF-Ray request header) can be matched by it.',
      ifMissing: 'The response did not come from Cloudflare and is not a Cloudflare 520.',
    },
    {
      name: 'Set-Cookie (origin response)',
      why: 'Oversized cookie headers from the origin are a frequent cause; keep the origin\'s header block small.',
      ifMissing: 'Not applicable: the problem is too many or too large headers, not missing ones.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show Cloudflare\'s branded "Web server is returning an unknown error" page with the Ray ID.',
    apiClients:
      'Unknown to RFC 9110 clients, so handled as 500 (§15). axios-retry and Azure retry all 5xx; got retries 521/522/524 but not 520.',
    crawlers: 'Treated as a server error; repeated 520s reduce crawling and can drop pages from the index.',
    uptimeMonitors: 'Counted as down; the outage is the origin\'s, so page the origin owner, not Cloudflare.',
    cdns: 'Cloudflare generates it; it is not cached. Other CDNs report the same situation as 502.',
  },
  inspectorSignals: [
    'cf-ray and server: cloudflare headers (edge-generated)',
    'size of the origin\'s response headers',
    'origin connection resets in the origin\'s logs at the same timestamp',
  ],
  correctnessWarnings: [
    'Vendor codes mean "the edge did this"; an origin must never emit 520 (status-facts §5.21).',
    'A 520 does not prove the request was not applied; retry non-idempotent requests only with an Idempotency-Key.',
  ],
  debugging: [
    'Note the Ray ID from the error page or cf-ray header and the timestamp.',
    'Request the origin directly (curl -i --resolve example.com:443:<origin-ip> https://example.com/path) and check for resets or missing status lines.',
    'Search the origin\'s error log for crashes (PHP-FPM, worker segfaults, OOM kills) at that time.',
    'Measure the origin\'s response header size; trim cookies if it is large.',
    'If the origin supports HTTP/2, test with curl --http2; or disable "HTTP/2 to Origin" in Cloudflare to compare.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problemHandler } from 'statuskit/express'

// A crash that resets the connection becomes a Cloudflare 520.
// A catch-all handler turns it into a complete 500 the edge passes through.
const app = express()
app.get('/export', async () => {
  throw new Error('PDF renderer crashed')
})
app.use(problemHandler())
app.listen(8080)`,
    fastify: `import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// Every failure ends in a complete problem+json 500, never a reset
// connection, so Cloudflare shows the origin's error instead of 520.
const app = Fastify({ logger: true })
await app.register(problemPlugin)
app.get('/export', async () => {
  throw new Error('PDF renderer crashed')
})
await app.listen({ port: 8080, host: '0.0.0.0' })`,
    django: `# settings.py: return a complete problem+json 500 instead of a dropped connection.
REST_FRAMEWORK = {"EXCEPTION_HANDLER": "api.errors.problem_exception_handler"}

# api/errors.py
from rest_framework.response import Response
from rest_framework.views import exception_handler

def problem_exception_handler(exc, context):
    response = exception_handler(exc, context)
    return response or Response({"type": "about:blank", "title": "Internal Server Error", "status": 500,
                                 "detail": "An unexpected error occurred."},
                                status=500, content_type="application/problem+json")`,
    spring: `// A catch-all keeps the origin answering with valid HTTP, so Cloudflare never sees an empty reply.
@RestControllerAdvice
class OriginErrors {
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        LoggerFactory.getLogger(OriginErrors.class).error("unhandled", ex);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
    }
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

# Answer every failure with a complete response; a dropped connection becomes Cloudflare 520.
@app.exception_handler(Exception)
async def unexpected(request: Request, exc: Exception):
    return JSONResponse({"type": "about:blank", "title": "Internal Server Error", "status": 500,
                         "detail": "An unexpected error occurred."},
                        status_code=500, media_type="application/problem+json")`,
    go: `// net/http closes the connection when a handler panics, which Cloudflare reports as 520.
// Recover and write a complete 500 instead.
func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				log.Printf("panic: %v", v)
				w.Header().Set("Content-Type", "application/problem+json")
				w.WriteHeader(http.StatusInternalServerError)
				io.WriteString(w, \`{"type":"about:blank","title":"Internal Server Error","status":500}\`)
			}
		}()
		next.ServeHTTP(w, r)
	})
}`,
  },
  clientContract: {
    canAssume: [
      'The failure is between Cloudflare and the origin, not in the request.',
      'Idempotent requests can be retried with backoff.',
    ],
    mustNotAssume: [
      'That the origin did nothing: a crash can follow a committed write.',
      'That the code has any meaning outside Cloudflare.',
    ],
  },
  related: [
    { code: 502, difference: '502 is the registered code for an invalid upstream response; 520 is Cloudflare\'s name for the same class of failure.' },
    { code: 521, difference: '521: the origin refused the connection. 520: the connection worked but the response was unusable.' },
    { code: 500, difference: '500 comes from the origin itself; 520 means the origin never produced a usable response at all.' },
  ],
  faq: [
    {
      question: 'The site works when I pause Cloudflare. Is Cloudflare broken?',
      answer:
        'Not necessarily: browsers tolerate things Cloudflare rejects (huge headers, HTTP/2 quirks). Compare both paths with curl -v and check the origin\'s response headers.',
    },
  ],
  references: ['Cloudflare docs: error-520', 'RFC 9110 §15', 'RFC 9110 §15.6.3'],
}
