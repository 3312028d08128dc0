import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 405 Method Not Allowed: the server knows the method but the target resource
 * does not support it; the response MUST carry Allow.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(405).criticalHeaders[0]?.name // 'Allow'
 * ```
 */
export const status405: GuideEntry = {
  code: 405,
  summary: 'The resource exists but does not support this method; the Allow header lists the methods it does support.',
  meaning:
    'RFC 9110 §15.5.6: the method received in the request-line is known by the origin server but not supported by the target resource. The origin MUST generate an Allow header listing the target resource\'s currently supported methods (the list may be empty). A 405 is heuristically cacheable. It differs from 501, which means the server does not implement the method for any resource.',
  guarantees: [
    'The method was not applied.',
    'Allow lists the methods that this resource currently supports; one of them may achieve the goal.',
  ],
  doesNotGuarantee: [
    'That the caller is authorized for the methods listed in Allow.',
    'That the list stays the same: supported methods may depend on the resource\'s state (Allow reflects the current state).',
  ],
  whenToUse: [
    'DELETE /invoices/7 on an API where invoices can be read and voided (POST /invoices/7/void) but never deleted.',
    'PUT on a read-only collection such as /reports, which only supports GET and HEAD.',
    'POST to a static asset path served by the same application.',
  ],
  whenNotToUse: [
    {
      misuse: 'Sending 405 without Allow',
      consequence: 'Violates a MUST (RFC 9110 §15.5.6); clients and API explorers cannot discover the supported methods.',
      instead: '405 with Allow: GET, HEAD (an empty Allow is valid)',
    },
    {
      misuse: 'Returning 405 for a method the server does not recognise at all (e.g. a typo like PSOT, or PROPFIND on a plain API)',
      consequence: 'Clients are told the resource is the issue when the server as a whole does not implement the method.',
      instead: '501 Not Implemented (the server supports the method for no resource)',
    },
    {
      misuse: 'Returning 405 because the caller lacks permission for the method',
      consequence: 'Allow lists the method the client just used is forbidden for, or hides it; permission UI is never shown.',
      instead: '403 Forbidden (the method exists; this caller may not use it)',
    },
  ],
  criticalHeaders: [
    {
      name: 'Allow',
      why: 'Required by RFC 9110 §15.5.6: the methods the target resource currently supports.',
      ifMissing: 'The response violates the spec and clients cannot choose a method that works.',
    },
    {
      name: 'Content-Type',
      why: 'application/problem+json explaining which operation to use instead (e.g. POST /invoices/7/void).',
      ifMissing: 'The client only learns which verbs exist, not how to achieve its goal.',
    },
    {
      name: 'Cache-Control',
      why: '405 is heuristically cacheable; set freshness explicitly, especially when Allow depends on state.',
      ifMissing: 'A cached 405 may outlive a change that makes the method available.',
    },
  ],
  toolInterpretation: {
    browsers: 'Only reachable via forms or fetch() with the wrong method; CORS preflights that list a method the route rejects end in 405 and a CORS error in the console.',
    apiClients: 'Never retried. Some SDKs read Allow to report which methods are supported.',
    crawlers: 'Crawlers only GET and HEAD; a 405 to GET means the URL is not a page and it is dropped.',
    uptimeMonitors: 'Monitors that send HEAD can hit 405 on frameworks that do not route HEAD to GET; switch the check to GET or add HEAD support.',
    cdns: 'Heuristically cacheable, so a CDN may store it; many CDNs reject unknown methods themselves.',
  },
  inspectorSignals: [
    'Presence of Allow (MUST), and whether it includes the method of the request (it must not).',
    'Whether HEAD is missing from Allow while GET is present (RFC 9110 expects HEAD wherever GET works).',
    'Whether 501 would fit better (unknown method).',
  ],
  correctnessWarnings: [
    '405 without Allow violates RFC 9110 §15.5.6.',
    'Servers that support GET should support HEAD (RFC 9110 §9.1): a 405 to HEAD breaks monitors and link checkers.',
    'An OPTIONS request answered with 405 breaks CORS preflight; answer OPTIONS with 204 and Allow.',
  ],
  debugging: [
    'Run curl -i -X <METHOD> on the URL and read Allow.',
    'Check for a trailing-slash or path mix-up: /items (collection, POST) versus /items/1 (item, PUT).',
    'For browser errors, look at the preflight OPTIONS request in devtools: a 405 there means the server does not handle OPTIONS.',
    'Check method-override headers (X-HTTP-Method-Override) and proxies that rewrite methods.',
  ],
  frameworks: {
    express: `import express from 'express'
import { methodNotAllowed } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.route('/invoices/:id')
  .get((req, res) => { res.json({ id: req.params.id }) })
  .all(() => {
    throw methodNotAllowed('Invoices cannot be changed; POST /invoices/:id/void instead.', {
      allow: ['GET', 'HEAD'],
    })
  })
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { methodNotAllowed } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/reports', async () => ({ reports: [] }))
app.route({
  method: ['POST', 'PUT', 'PATCH', 'DELETE'],
  url: '/reports',
  handler: async () => {
    throw methodNotAllowed('Reports are read-only.', { allow: ['GET', 'HEAD'] })
  },
})`,
    django: `from rest_framework.views import exception_handler

# DRF raises MethodNotAllowed and sets Allow from the view's allowed methods.
def problem_handler(exc, context):  # REST_FRAMEWORK["EXCEPTION_HANDLER"]
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 405:
        response.data = {"type": "about:blank", "title": "Method Not Allowed", "status": 405,
                         "detail": str(exc.detail)}
        response.content_type = "application/problem+json"
    return response  # Allow header preserved`,
    spring: `// Spring MVC answers an unmapped method with 405 and Allow; with
// spring.mvc.problemdetails.enabled=true the body is a ProblemDetail.
@RestControllerAdvice
class MethodAdvice extends ResponseEntityExceptionHandler {
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ex.getBody().setDetail("Invoices cannot be changed; POST /invoices/{id}/void instead.");
        return super.handleHttpRequestMethodNotSupported(ex, headers, status, request);
    }
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()

@app.exception_handler(StarletteHTTPException)
async def problem(request: Request, exc: StarletteHTTPException):
    headers = dict(exc.headers or {})  # Starlette puts Allow here for 405
    return JSONResponse(status_code=exc.status_code, headers=headers,
        media_type="application/problem+json",
        content={"type": "about:blank", "title": "Method Not Allowed" if exc.status_code == 405 else "Error",
                 "status": exc.status_code, "detail": exc.detail})`,
    go: `mux := http.NewServeMux()
// Go 1.22+ method patterns: DELETE /invoices/7 gets 405 with Allow: GET, HEAD,
// but as text/plain. Wrap it to send problem+json:
mux.HandleFunc("GET /invoices/{id}", getInvoice)
mux.HandleFunc("/invoices/{id}", func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusMethodNotAllowed)
	json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Method Not Allowed",
		"status": 405, "detail": "Invoices cannot be changed."})
})`,
  },
  clientContract: {
    canAssume: [
      'The resource exists and was not changed.',
      'Allow names the methods this resource supports right now.',
    ],
    mustNotAssume: [
      'That retrying with the same method will ever work.',
      'That it is allowed to use every method in Allow (authorization still applies).',
    ],
  },
  related: [
    { code: 501, difference: 'The server does not implement the method for any resource.' },
    { code: 404, difference: 'There is no resource at the URI at all.' },
    { code: 403, difference: 'The method is supported, but this caller may not use it.' },
    { code: 409, difference: 'The method is supported but the resource\'s state forbids this operation now.' },
  ],
  faq: [
    {
      question: 'Can Allow be empty?',
      answer: 'Yes. RFC 9110 §10.2.1: an empty Allow means the resource allows no methods, e.g. a resource that is temporarily disabled.',
    },
    {
      question: 'Does a 405 need a body?',
      answer: 'Like any 4xx it SHOULD explain the error (RFC 9110 §15.5): a short problem+json naming the alternative operation is enough. Allow is the part clients act on.',
    },
  ],
  references: ['RFC 9110 §15.5.6', 'RFC 9110 §10.2.1', 'RFC 9110 §15.6.2', 'RFC 9110 §9.1'],
}
