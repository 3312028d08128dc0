import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 404 Not Found: no current representation for the target resource, or the
 * server will not say that one exists.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(404).toolInterpretation.crawlers
 * ```
 */
export const status404: GuideEntry = {
  code: 404,
  summary: 'The server has no current representation for the target URI, or is not willing to disclose that one exists.',
  meaning:
    'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource or is not willing to disclose that one exists. It says nothing about whether the absence is temporary or permanent (410 is for known-permanent). A 404 is heuristically cacheable: without explicit freshness, caches may still store and reuse it.',
  guarantees: [
    'At the time of the request the server had nothing to serve at this URI for this caller.',
    'The method was not applied to any resource.',
  ],
  doesNotGuarantee: [
    'That the resource never existed or will not exist later (it may be created a second from now).',
    'That it does not exist: the server may hide resources the caller may not see.',
    'That the route exists: a 404 can mean "no such id" or "no such endpoint", unless the problem type says which.',
  ],
  whenToUse: [
    'GET /orders/123 where no order 123 exists (or exists but belongs to someone else and must stay hidden).',
    'A path that matches no route in the application.',
    'A soft-deleted resource whose removal you do not want to promise is permanent.',
    'A nested lookup fails on the parent: GET /users/9/orders when user 9 does not exist.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 200 with an empty body or a "not found" page (soft 404)',
      consequence: 'Search engines index error pages, monitors report success, and clients parse an error as data.',
      instead: '404 with a problem+json body (or an HTML page for browsers)',
    },
    {
      misuse: 'Returning 404 for an empty search result or an empty collection',
      consequence: 'Clients treat a valid query as an error; retry and alerting logic fire on normal traffic.',
      instead: '200 with an empty list',
    },
    {
      misuse: 'Returning 404 when the route exists but the method is not supported (e.g. DELETE /orders/1)',
      consequence: 'Clients cannot discover which methods work; tooling reports a broken link.',
      instead: '405 Method Not Allowed, listing supported methods in Allow',
    },
    {
      misuse: 'Using 404 for a resource you removed on purpose and will never bring back, when you want clients and search engines to drop it fast',
      consequence: 'Crawlers keep re-checking the URL and clients keep their bookmarks.',
      instead: '410 Gone',
    },
  ],
  criticalHeaders: [
    {
      name: 'Cache-Control',
      why: '404 is heuristically cacheable: set an explicit short max-age, or no-store when the resource may appear soon or the 404 masks a permission check.',
      ifMissing: 'CDNs cache it with default TTLs (Cloudflare: 3 minutes), so a newly created resource stays invisible.',
    },
    {
      name: 'Content-Type',
      why: 'application/problem+json for APIs; text/html for browsers.',
      ifMissing: 'Clients cannot tell an unknown id from an unknown route.',
    },
    {
      name: 'Vary',
      why: 'If the 404 depends on Authorization or Accept, say so.',
      ifMissing: 'A cached 404 for an anonymous caller can be served to an authorized one.',
    },
  ],
  toolInterpretation: {
    browsers: 'Renders the body; fetch() resolves with ok === false. Browsers may cache it heuristically.',
    apiClients: 'Never retried by generic clients; Octokit lists it in doNotRetry. SDKs usually raise a NotFound error that callers often expect and handle.',
    crawlers: 'The URL is dropped from the index after repeated 404s; crawl rate for it decreases. Soft 404s (200 with an error page) are detected and reported.',
    uptimeMonitors: 'A 404 on a monitored URL is an outage of that page; often caused by a deploy that moved a route.',
    cdns: 'Cached by default for a short time (Cloudflare 3 minutes) even without Cache-Control; purge after creating the resource or send no-store.',
  },
  inspectorSignals: [
    'Cache-Control on the 404 (heuristic caching when absent).',
    'Soft 404: a 200 whose body looks like an error page.',
    'Whether the body distinguishes unknown route from unknown id.',
  ],
  correctnessWarnings: [
    '404 is heuristically cacheable (RFC 9110 §15.1): shared caches and CDNs may keep serving it after the resource appears.',
    'When 404 masks a 403 for authenticated resources, send Cache-Control: no-store or private and keep timing identical.',
    'A 200 with an error body ("soft 404") is misread by crawlers, monitors and generic clients.',
  ],
  debugging: [
    'Run curl -i on the exact URL; check for typos, trailing slashes, case and URL encoding of path segments.',
    'Check whether the body is from the application (problem+json) or from a proxy or CDN (HTML, Server header).',
    'List the application\'s routes and compare the method and path prefix (mount points, base path, API version).',
    'Look the id up directly in the data store, and check that the caller is allowed to see it (masked 403).',
    'If the resource was just created, check Age and CF-Cache-Status or X-Cache headers for a cached 404, and purge.',
  ],
  frameworks: {
    express: `import express from 'express'
import { notFound } from 'statuskit'
import { notFoundHandler, problemHandler } from 'statuskit/express'

const orders = new Map([['1', { id: '1', total: 30 }]])
const app = express()
app.get('/orders/:id', (req, res) => {
  const order = orders.get(req.params.id)
  if (order === undefined) throw notFound('Order ' + req.params.id + ' does not exist.')
  res.json(order)
})
app.use(notFoundHandler()) // unknown routes
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { notFound } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const users = new Map([['9', { id: '9', name: 'Ada' }]])
const app = Fastify()
await app.register(problemPlugin) // also answers unknown routes with a 404 problem
app.get<{ Params: { id: string } }>('/users/:id', async (req) => {
  const user = users.get(req.params.id)
  if (user === undefined) throw notFound('User ' + req.params.id + ' does not exist.')
  return user
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView
from .models import Order

class OrderView(APIView):
    def get(self, request, pk):
        order = Order.objects.filter(pk=pk, owner=request.user).first()
        if order is None:  # absent, or not the caller's: same answer
            return Response({"type": "about:blank", "title": "Not Found", "status": 404,
                             "detail": f"Order {pk} does not exist."},
                            status=404, content_type="application/problem+json",
                            headers={"Cache-Control": "no-store"})
        return Response({"id": order.pk})`,
    spring: `@GetMapping("/orders/{id}")
ResponseEntity<Order> get(@PathVariable long id) {
    return orders.findById(id).map(ResponseEntity::ok).orElseThrow(() ->
        new ErrorResponseException(HttpStatus.NOT_FOUND,
            ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Order " + id + " does not exist."), null));
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()
orders = {1: {"id": 1, "total": 30}}

@app.get("/orders/{order_id}")
def get_order(order_id: int):
    if order_id not in orders:
        return JSONResponse(status_code=404, media_type="application/problem+json", content={
            "type": "about:blank", "title": "Not Found", "status": 404,
            "detail": f"Order {order_id} does not exist."})
    return orders[order_id]`,
    go: `func getOrder(w http.ResponseWriter, r *http.Request) {
	order, ok := orders[r.PathValue("id")]
	if !ok {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Not Found",
			"status": 404, "detail": "Order " + r.PathValue("id") + " does not exist."})
		return
	}
	json.NewEncoder(w).Encode(order)
}`,
  },
  clientContract: {
    canAssume: [
      'Nothing was found or changed at this URI for this request.',
      'A later request may succeed if the resource is created; the status is not a promise of permanence.',
    ],
    mustNotAssume: [
      'That the resource is gone for good (that is 410), or that it does not exist at all (it may be hidden).',
      'That a fresh 404 is authoritative if it came from a cache: check Age.',
    ],
  },
  related: [
    { code: 410, difference: 'The server knows the resource is gone permanently and wants links removed.' },
    { code: 403, difference: 'The resource exists and the server admits it, but refuses access.' },
    { code: 405, difference: 'The resource exists but does not support the method; Allow lists the ones it does.' },
    { code: 204, difference: 'A successful answer with no content, e.g. an empty optional sub-resource. 404 is a failure.' },
  ],
  faq: [
    {
      question: 'Empty list: 404 or 200?',
      answer: '200 with []. The collection exists; it is empty. 404 is for a collection URI that does not exist.',
    },
    {
      question: 'Why does my new resource still 404?',
      answer: 'A cache (browser, CDN) stored an earlier 404; without Cache-Control it is heuristically cacheable. Check Age and the CDN cache status header, purge, and send short or no-store freshness on 404s.',
    },
  ],
  references: ['RFC 9110 §15.5.5', 'RFC 9110 §15.1', 'RFC 9111 §4.2.2'],
}
