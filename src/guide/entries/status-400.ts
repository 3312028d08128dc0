import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 400 Bad Request: the server will not process a request it perceives as a
 * client error (malformed syntax, invalid framing, deceptive routing).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(400).summary
 * ```
 */
export const status400: GuideEntry = {
  code: 400,
  summary: 'The request itself is broken (unparseable, badly framed or malformed), so the server will not process it.',
  meaning:
    'RFC 9110 §15.5.1: the server cannot or will not process the request due to something perceived to be a client error, e.g. malformed request syntax, invalid request message framing, or deceptive request routing. It is the generic 4xx: recipients map any unknown 4xx to 400 (RFC 9110 §15), so a more specific code is better whenever one exists.',
  guarantees: [
    'The server rejected the request before acting on it; no state was changed by it.',
    'Sending the same bytes again will get the same answer: the defect is in the request.',
  ],
  doesNotGuarantee: [
    'Which part of the request is wrong, unless the body says so (a problem with an errors list or pointer).',
    'That the request reached your application: proxies and servers (nginx for oversized headers, Node for bad framing) answer 400 themselves, often with an HTML or empty body.',
    'That the connection stays open: after a framing error the server usually closes it.',
  ],
  whenToUse: [
    'The body cannot be parsed as the declared media type: truncated JSON, a trailing comma, invalid UTF-8.',
    'A query parameter or path segment has the wrong syntax: ?limit=abc, a malformed UUID, an unknown sort direction.',
    'A required request header is missing or syntactically invalid for your API (e.g. a required Idempotency-Key is absent, per the Idempotency-Key draft).',
    'HTTP framing is invalid: both Content-Length and Transfer-Encoding, or a Content-Length that does not match; reject and close the connection (RFC 9112 §6.3).',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 400 for missing or invalid credentials',
      consequence: 'Clients never trigger their login or token-refresh path, and nothing tells them which auth scheme to use.',
      instead: '401 Unauthorized with WWW-Authenticate (or 403 for valid credentials without permission)',
    },
    {
      misuse: 'Returning 400 for a well-formed request that clashes with stored data (duplicate key, stale version)',
      consequence: 'The client thinks its request is malformed and never re-reads the resource.',
      instead: '409 Conflict, with the current state in the problem body',
    },
    {
      misuse: 'Returning 400 for an unsupported Content-Type or an oversized body',
      consequence: 'Clients cannot switch format or shrink the upload automatically; the specific remedy is hidden.',
      instead: '415 Unsupported Media Type, 413 Content Too Large',
    },
    {
      misuse: 'Returning 400 with an empty or plain-text body for a validation failure',
      consequence: 'Clients cannot show which field is wrong; forms end up with a generic "something went wrong".',
      instead: '400 (or 422) with a problem+json errors list of { pointer, detail }',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/problem+json so the client can read type, detail and the errors list.',
      ifMissing: 'The body is opaque; clients guess or sniff it and usually show a generic error.',
    },
    {
      name: 'Connection',
      why: 'close after a framing error: the server cannot know where the next request starts.',
      ifMissing: 'Leftover bytes may be parsed as a second request (request smuggling).',
    },
    {
      name: 'Cache-Control',
      why: 'no-store keeps a per-request error out of caches.',
      ifMissing: 'A cache storing errors by explicit policy could serve the 400 for a URL that works with other input.',
    },
  ],
  toolInterpretation: {
    browsers: 'A 400 on navigation shows the body as the page; a fetch() resolves with ok === false. No retry.',
    apiClients: 'ky, got, axios-retry, undici and cloud SDKs never retry 400; Octokit lists it in doNotRetry. Generated SDKs throw a typed BadRequest error.',
    crawlers: 'A page that answers 400 to a plain GET is treated as broken and dropped; usually it means the crawler followed a URL with a broken query string.',
    uptimeMonitors: 'A 400 on a health check almost always means the check itself is misconfigured (wrong URL, missing header), not that the service is down.',
    cdns: 'Passed through and not cached without explicit freshness. CDNs and proxies also generate 400 themselves for malformed requests and oversized headers.',
  },
  inspectorSignals: [
    'Whether the body is problem+json and points at the offending part (pointer, parameter or header name).',
    'Whether a more specific code fits: 401 (auth), 409 (state), 413, 414, 415, 422, 431.',
    'Who generated it: a Server header or HTML body from a proxy (nginx "Request Header Or Cookie Too Large") versus the application.',
  ],
  correctnessWarnings: [
    'RFC 9110 §15.5: a 4xx SHOULD carry a representation explaining the error; a bare 400 leaves the client guessing.',
    'Do not use 500 for client input errors: it pages on-call and triggers client retries of a request that cannot succeed.',
    'After rejecting bad framing, close the connection; keeping it open invites request smuggling.',
  ],
  debugging: [
    'Reproduce with curl -i -v and read the whole response body: problem+json detail or errors say which part is wrong.',
    'Validate the body locally (e.g. jq . body.json) and check that Content-Type matches what you send.',
    'Check query parameters and path segments against the API description: types, enum values, URL encoding.',
    'If the body is HTML from nginx or a CDN, the request never reached the app: look at header and cookie sizes and at the proxy error log.',
    'Compare with a known-good request and remove headers one by one until the 400 disappears.',
  ],
  frameworks: {
    express: `import express from 'express'
import { badRequest } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use(express.json()) // malformed JSON reaches problemHandler as a 400
app.get('/search', (req, res) => {
  const limit = Number(req.query.limit ?? 20)
  if (!Number.isInteger(limit) || limit < 1) {
    throw badRequest('Query parameter "limit" must be a positive integer.', {
      extensions: { errors: [{ pointer: '#/query/limit', detail: 'not a positive integer' }] },
    })
  }
  res.json({ limit })
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin) // schema failures are sent as 400 problem+json
const body = {
  type: 'object',
  required: ['sku', 'qty'],
  properties: { sku: { type: 'string' }, qty: { type: 'integer', minimum: 1 } },
} as const
app.post('/orders', { schema: { body } }, async (req, reply) => reply.code(201).send(req.body))`,
    django: `# settings.py: REST_FRAMEWORK = {"EXCEPTION_HANDLER": "shop.errors.problem_handler"}
from rest_framework.views import exception_handler

def problem_handler(exc, context):
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 400:
        response.data = {"type": "https://example.com/probs/invalid-request", "title": "Bad Request",
                         "status": 400, "detail": "The request is malformed.", "errors": response.data}
        response.content_type = "application/problem+json"
    return response`,
    spring: `@RestControllerAdvice
class MalformedBodyAdvice {
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail onUnreadable(HttpMessageNotReadableException ex) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
            "The request body is not valid JSON.");
        pd.setType(URI.create("https://example.com/probs/malformed-body"));
        return pd; // sent as application/problem+json
    }
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

app = FastAPI()

# FastAPI answers validation errors with 422 by default; this maps them to 400.
@app.exception_handler(RequestValidationError)
async def invalid_request(request: Request, exc: RequestValidationError):
    return JSONResponse(status_code=400, media_type="application/problem+json", content={
        "type": "https://example.com/probs/invalid-request", "title": "Bad Request", "status": 400,
        "detail": "The request is malformed.",
        "errors": [{"location": list(e["loc"]), "detail": e["msg"]} for e in exc.errors()]})`,
    go: `func createOrder(w http.ResponseWriter, r *http.Request) {
	var in struct{ SKU string; Qty int }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]any{
			"type": "https://example.com/probs/malformed-body", "title": "Bad Request",
			"status": 400, "detail": "The body is not valid JSON: " + err.Error(),
		})
		return
	}
	w.WriteHeader(http.StatusCreated)
}`,
  },
  clientContract: {
    canAssume: [
      'The server did not act on the request.',
      'A problem+json body, when present, describes what to fix (detail, errors with pointers).',
    ],
    mustNotAssume: [
      'That the same request will ever succeed unchanged.',
      'That the body comes from the application and is JSON: an intermediary may have produced it as HTML.',
    ],
  },
  related: [
    { code: 422, difference: 'The request parses fine but its content is semantically invalid (a quantity of -3). 400 is for syntax and framing.' },
    { code: 409, difference: 'The request is valid, but the resource\'s current state forbids it. Re-reading state helps for 409, never for 400.' },
    { code: 415, difference: 'The content is in a media type or encoding the endpoint does not accept at all.' },
    { code: 431, difference: 'Specifically the header section (or one header, often Cookie) is too large.' },
    { code: 401, difference: 'Credentials are missing or invalid; the request is otherwise fine.' },
  ],
  faq: [
    {
      question: 'Missing required field: 400 or 422?',
      answer:
        'Both are defensible; pick one per API and document it. A common split: 400 when the body cannot be parsed or has wrong types, 422 when it parses but violates business rules. Fastify\'s schema validation defaults to 400, FastAPI\'s to 422.',
    },
    {
      question: 'Why do I get 400 with an nginx HTML page?',
      answer:
        'nginx answers 400 itself for oversized headers or cookies (logged as 494), client-certificate problems (495, 496) and plain HTTP on an HTTPS port (497). The request never reached the application; check the nginx error log.',
    },
  ],
  references: ['RFC 9110 §15.5.1', 'RFC 9110 §15', 'RFC 9112 §6.3', 'RFC 9457 §3'],
}
