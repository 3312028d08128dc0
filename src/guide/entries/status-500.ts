import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 500 Internal Server Error (RFC 9110 §15.6.1).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(500).whenNotToUse
 * ```
 */
export const status500: GuideEntry = {
  code: 500,
  summary: 'The server hit an unexpected condition and could not fulfil the request.',
  meaning:
    'RFC 9110 §15.6.1: the server encountered an unexpected condition that prevented it from fulfilling the request. ' +
    'It is the generic server-fault code and the fallback for any unrecognized 5xx. It says the fault is on the ' +
    'server side but nothing about whether the request was partly applied or whether a retry will work.',
  guarantees: [
    'The server, not the request, is at fault as far as the server can tell.',
    'The response is not heuristically cacheable; it is stored only with explicit freshness.',
  ],
  doesNotGuarantee: [
    'That nothing was changed: the failure may have happened after a write was committed.',
    'That the failure is transient; a deterministic bug fails again on every retry.',
    'Any detail about the cause: a correct server hides internals from the client.',
  ],
  whenToUse: [
    'An unhandled exception escapes the handler (null dereference, failed assertion).',
    'An invariant the code relies on is broken, such as a missing configuration value discovered at request time.',
    'A dependency fails in a way the application cannot classify and the process is not a gateway for it.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 500 for invalid input the handler failed to validate',
      consequence: 'Pages on-call, counts against the SLO, and clients retry a request that can never succeed.',
      instead: '400 Bad Request or 422 Unprocessable Content',
    },
    {
      misuse: 'Sending the stack trace, SQL query or exception message in the 500 body',
      consequence: 'Leaks file paths, versions, table names and sometimes secrets to any caller (CWE-209).',
      instead: 'A generic problem+json detail with a correlation id; log the details server-side',
    },
    {
      misuse: 'Answering 500 when a unique-key insert fails because the record already exists',
      consequence: 'A client error is reported as a server fault; the caller never learns to re-read the resource.',
      instead: '409 Conflict',
    },
    {
      misuse: 'Using 500 for a known overload or maintenance window',
      consequence: 'Clients get no recovery time and retry at full speed.',
      instead: '503 Service Unavailable with Retry-After',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/problem+json gives clients a stable shape (type, title, status, detail) even for unexpected faults.',
      ifMissing: 'Clients receive a framework HTML error page or plain text and cannot parse it.',
    },
    {
      name: 'Cache-Control',
      why: 'no-store ensures a transient failure is never stored by a CDN or browser cache.',
      ifMissing: 'Route-level max-age settings can make a CDN serve the error to other users.',
    },
    {
      name: 'traceparent / X-Request-Id',
      why: 'A correlation id in a header or the problem body links the client report to the server log entry.',
      ifMissing: 'Support cannot find the failing request without the client sharing timestamps and payloads.',
    },
  ],
  toolInterpretation: {
    browsers: 'Shows the error body; fetch() resolves with ok === false. Nothing is retried automatically.',
    apiClients:
      'ky, got, undici, axios-retry and gaxios retry it only for idempotent methods. The Azure SDK, the AWS SDK (all ' +
      'operations), octokit and curl --retry retry it for any method, so a POST can be applied twice (RFC 9110 §9.2.2). ' +
      'google-gax does not retry INTERNAL.',
    crawlers: 'Googlebot slows down on 5xx; persistent 500s on a URL eventually remove it from the index.',
    uptimeMonitors: 'Counted as down and against the availability SLO; alert on the rate, not single events.',
    cdns: 'Passed through, often replaced by stale content when stale-if-error is configured; not cached without freshness.',
  },
  inspectorSignals: [
    'body free of stack traces, exception class names, file paths and SQL',
    'Content-Type application/problem+json with a generic detail',
    'Cache-Control: no-store (no freshness) on the error',
    'a correlation id the client can quote',
  ],
  correctnessWarnings: [
    'Leaking exception messages or stacks in a 500 body exposes internals; statuskit hides 5xx detail unless expose: true.',
    '500 for validation or conflict errors turns client faults into incidents and triggers retries (status-facts §5.9).',
    'A 500 sent after a write committed makes a client retry duplicate the write unless the request was idempotent or keyed.',
  ],
  debugging: [
    'Reproduce with curl -i and note the correlation id from the response headers or body.',
    'Find that id in the server logs or traces and read the exception with its stack.',
    'Check whether the failure is deterministic (same input fails every time) or correlates with a dependency incident.',
    'Check what was committed before the failure, so retried non-idempotent requests do not duplicate work.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/reports/:id', (_req, _res) => {
  // An unexpected failure: the handler turns it into a 500 problem+json
  // with a generic detail; the message and stack stay in the server log.
  throw new Error('connection pool exhausted at db-7.internal')
})
app.use(problemHandler())
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify({ logger: true })
await app.register(problemPlugin)
app.get('/reports/:id', async () => {
  // Logged with its stack; the client gets a 500 problem+json
  // whose detail is generic because 5xx problems are not exposed.
  throw new Error('connection pool exhausted at db-7.internal')
})
await app.listen({ port: 3000 })`,
    django: `import logging, uuid
from rest_framework.response import Response
from rest_framework.views import exception_handler

def problem_exception_handler(exc, context):
    response = exception_handler(exc, context)
    if response is not None:
        return response
    error_id = str(uuid.uuid4())
    logging.getLogger(__name__).exception("unhandled error %s", error_id)
    return Response({"type": "about:blank", "title": "Internal Server Error", "status": 500,
                     "detail": "An unexpected error occurred.", "errorId": error_id},
                    status=500, content_type="application/problem+json")`,
    spring: `@RestControllerAdvice
class FallbackHandler {
    private static final Logger log = LoggerFactory.getLogger(FallbackHandler.class);

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        String errorId = UUID.randomUUID().toString();
        log.error("unhandled error {}", errorId, ex);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
        pd.setProperty("errorId", errorId);
        return pd;
    }
}`,
    fastapi: `import logging, uuid
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.exception_handler(Exception)
async def unexpected(request: Request, exc: Exception):
    error_id = str(uuid.uuid4())
    logging.getLogger(__name__).exception("unhandled error %s", error_id)
    return JSONResponse({"type": "about:blank", "title": "Internal Server Error", "status": 500,
                         "detail": "An unexpected error occurred.", "errorId": error_id},
                        status_code=500, media_type="application/problem+json")`,
    go: `func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				log.Printf("panic: %v\\n%s", v, debug.Stack()) // details stay in the log
				w.Header().Set("Content-Type", "application/problem+json")
				w.WriteHeader(http.StatusInternalServerError)
				json.NewEncoder(w).Encode(map[string]any{"type": "about:blank",
					"title": "Internal Server Error", "status": 500, "detail": "An unexpected error occurred."})
			}
		}()
		next.ServeHTTP(w, r)
	})
}`,
  },
  clientContract: {
    canAssume: [
      'The server considers the failure its own fault.',
      'A safe or idempotent request can be repeated after a backoff without side effects beyond the first attempt.',
    ],
    mustNotAssume: [
      'That a POST or PATCH was not applied: it may have committed before the error.',
      'That the body explains the cause; it is deliberately generic.',
      'That an immediate retry will succeed.',
    ],
  },
  related: [
    { code: 502, difference: '502 is a gateway reporting an invalid upstream response; 500 is the server itself failing.' },
    { code: 503, difference: '503 is a known temporary unavailability with an optional recovery time; 500 is unexpected.' },
    { code: 400, difference: '400 blames the request; 500 blames the server. Validation failures are never 500.' },
  ],
  faq: [
    {
      question: 'How much should a 500 body say?',
      answer:
        'A type, title, status, a generic detail and a correlation id. Never the exception message, stack, query or host names.',
    },
    {
      question: 'Should clients retry 500?',
      answer: 'Only idempotent requests or requests with an Idempotency-Key the server honours, with backoff and a small budget.',
    },
  ],
  references: ['RFC 9110 §15.6.1', 'RFC 9110 §15.6', 'RFC 9457 §3', 'RFC 9457 §5'],
}
