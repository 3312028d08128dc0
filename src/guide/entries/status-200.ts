import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 200 OK: the request succeeded; what the content means depends on the method.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(200).class // '2xx'
 * ```
 */
export const status200: GuideEntry = {
  code: 200,
  summary: 'The request succeeded; the content is the target\'s representation (GET), the result of the action (POST), or its status (PUT, DELETE).',
  meaning:
    'RFC 9110 §15.3.1: the request has succeeded. The meaning of the content depends on the method: for GET, a representation of the target resource; for HEAD, the same header fields without content; for POST, a representation of the status or result of the action; for PUT and DELETE, the status of the action; for OPTIONS, the communication options; for TRACE, the request as received. A 200 to CONNECT means the tunnel is established. Aside from responses to CONNECT, a 200 is expected to carry content unless its framing explicitly says the length is zero (prefer 204 when there is nothing to send). 200 is heuristically cacheable.',
  guarantees: [
    'The server processed the request successfully: for an unsafe method, the action took effect.',
    'The content, if any, is what the method defines: a representation for GET, a result for POST.',
    'Caches may store it (it is heuristically cacheable) unless Cache-Control says otherwise.',
  ],
  doesNotGuarantee: [
    'That the content describes the resource\'s state after a POST; only a Content-Location equal to the target says so.',
    'That an intermediary did not transform the content (then it should have said 203).',
    'That the body is not an error in disguise: some APIs wrongly send {"ok": false} with 200.',
  ],
  whenToUse: [
    'A GET that returns the current representation of a resource.',
    'A PUT or PATCH that modified an existing resource and returns its new representation (RFC 9110 §9.3.4 allows 200 or 204).',
    'A POST that performed an action and returns its result in the body (e.g. a search request, a computed quote).',
    'A DELETE that succeeded and returns a representation describing what was removed.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 200 with an error object in the body ({"error": "not found"}, {"ok": false})',
      consequence:
        'Generic clients, retries and monitors count a success; 200 is heuristically cacheable, so a CDN can cache the error and serve it to everyone.',
      instead: 'the matching 4xx or 5xx with an application/problem+json body',
    },
    {
      misuse: 'Returning 200 from a PUT that created the resource',
      consequence: 'RFC 9110 §9.3.4 requires 201 when PUT creates; clients cannot tell creation from update.',
      instead: '201 Created',
    },
    {
      misuse: 'Returning 200 with an empty body where there is nothing to send',
      consequence: 'Clients that parse JSON on every 200 throw on the empty body.',
      instead: '204 No Content',
    },
    {
      misuse: 'Answering 200 to a job that has only been queued',
      consequence: 'The client assumes the work is done and reads results that do not exist yet.',
      instead: '202 Accepted with a status resource',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'Tells the client how to parse the content (application/json, text/html; charset=utf-8).',
      ifMissing: 'Clients guess; browsers may sniff it into something executable unless X-Content-Type-Options: nosniff is sent.',
    },
    {
      name: 'Cache-Control',
      why: '200 is heuristically cacheable: say explicitly whether and for how long (max-age, private, no-store).',
      ifMissing: 'Caches apply heuristic freshness, so personal or fast-changing data can be reused longer than intended.',
    },
    {
      name: 'ETag',
      why: 'A validator enabling conditional GET (304) and safe updates with If-Match (412 instead of lost updates).',
      ifMissing: 'Every revalidation downloads the full body and writes cannot be made conditional.',
    },
    {
      name: 'Vary',
      why: 'Names the request headers that select this representation (Accept, Accept-Encoding, Authorization...).',
      ifMissing: 'A shared cache can serve a gzip body to a client that did not ask for it, or one user\'s representation to another.',
    },
  ],
  toolInterpretation: {
    browsers: 'fetch() resolves with ok === true; navigations render the content. Browsers cache it per Cache-Control, heuristically without it.',
    apiClients: 'Every client treats 200 as success and parses the body; none retries it.',
    crawlers: 'The page is indexable. A 200 whose content says "not found" is a soft 404 and is flagged by search engines.',
    uptimeMonitors: 'The default healthy result; good monitors also assert on content to catch soft errors behind a 200.',
    cdns: 'Cached by default when cacheable: per Cache-Control/Expires, or heuristically (e.g. from Last-Modified) when they are absent.',
  },
  inspectorSignals: [
    'An error-shaped body (error, errors, ok: false, a problem document) behind a 200.',
    'A 200 to HEAD, or any 200, carrying a body whose length disagrees with Content-Length.',
    'Caching headers on personalised content (Set-Cookie or Authorization-dependent responses without private or no-store).',
    'A 200 to a PUT whose Location or wording suggests the resource was created.',
  ],
  correctnessWarnings: [
    'Soft errors: a 200 with an error body breaks clients, retries and monitoring, and 200 is heuristically cacheable, so the error can be cached (RFC 9110 §15.1).',
    'PUT that created a resource must answer 201, not 200 (RFC 9110 §9.3.4).',
    'A 2xx to CONNECT must not carry Content-Length or Transfer-Encoding (RFC 9110 §8.6, §6.4.1).',
  ],
  debugging: [
    'curl -i the URL and read the body: make sure it is the representation, not an error message.',
    'Check Content-Type against the body (JSON labelled text/html breaks parsers).',
    'Check Cache-Control, ETag and Vary; repeat the request with If-None-Match to confirm a 304.',
    'If a stale or wrong 200 comes back, look for Age and X-Cache headers to see whether a CDN served it.',
  ],
  frameworks: {
    express: `import express from 'express'
import { notFound } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const orders = new Map([['7', { id: '7', total: 42, version: 3 }]])
const app = express()
app.get('/orders/:id', (req, res) => {
  const order = orders.get(req.params.id)
  if (order === undefined) throw notFound('There is no order ' + req.params.id + '.')
  res.set({ etag: '"' + order.version + '"', 'cache-control': 'private, max-age=60' }).json(order)
})
app.use(problemHandler())
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { notFound } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const orders = new Map([['7', { id: '7', total: 42, version: 3 }]])
const app = Fastify()
await app.register(problemPlugin)
app.get<{ Params: { id: string } }>('/orders/:id', async (req, reply) => {
  const order = orders.get(req.params.id)
  if (order === undefined) throw notFound('There is no order ' + req.params.id + '.')
  return reply.headers({ etag: '"' + order.version + '"', 'cache-control': 'private, max-age=60' }).send(order)
})
await app.listen({ port: 3000 })`,
    django: `from rest_framework.generics import get_object_or_404
from rest_framework.response import Response
from rest_framework.views import APIView

class OrderDetail(APIView):
    def get(self, request, pk):
        order = get_object_or_404(Order, pk=pk)  # 404, not a 200 with an error
        response = Response(OrderSerializer(order).data)  # 200 by default
        response["ETag"] = f'"{order.version}"'
        response["Cache-Control"] = "private, max-age=60"
        return response`,
    spring: `@GetMapping("/orders/{id}")
ResponseEntity<Order> get(@PathVariable String id) {
    return orders.findById(id)
        .map(order -> ResponseEntity.ok()
            .eTag(Long.toString(order.version()))
            .cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePrivate())
            .body(order))
        .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
}`,
    fastapi: `from fastapi import FastAPI, HTTPException, Response

app = FastAPI()

@app.get("/orders/{order_id}")
async def get_order(order_id: str, response: Response):
    order = orders.get(order_id)
    if order is None:
        raise HTTPException(status_code=404, detail=f"There is no order {order_id}.")
    response.headers["ETag"] = f'"{order.version}"'
    response.headers["Cache-Control"] = "private, max-age=60"
    return order  # 200 with a JSON representation`,
    go: `package main

import (
	"encoding/json"
	"net/http"
	"strconv"
)

func getOrder(w http.ResponseWriter, r *http.Request) {
	order, ok := orders[r.PathValue("id")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("ETag", strconv.Quote(strconv.Itoa(order.Version)))
	w.Header().Set("Cache-Control", "private, max-age=60")
	json.NewEncoder(w).Encode(order) // WriteHeader(200) is implicit
}`,
  },
  clientContract: {
    canAssume: [
      'The request succeeded and, for an unsafe method, its effect happened.',
      'The body has the meaning the method defines and the type Content-Type states.',
    ],
    mustNotAssume: [
      'That the body after a POST is the new state of the resource (unless Content-Location says so).',
      'That the response is fresh: it may come from a cache, within the freshness the headers allow.',
    ],
  },
  related: [
    { code: 201, difference: '201 Created says a new resource exists (with Location); 200 does not.' },
    { code: 204, difference: '204 No Content is a success with no body at all; use it rather than an empty 200.' },
    { code: 203, difference: '203 Non-Authoritative Information is a 200 whose content a transforming proxy modified.' },
    { code: 206, difference: '206 Partial Content answers a Range request with part of the representation.' },
  ],
  faq: [
    {
      question: 'Should a POST that creates something return 200 or 201?',
      answer: '201 Created, with a Location header pointing at the new resource. Use 200 for a POST whose result is not a new resource.',
    },
    {
      question: 'Is it fine to return errors with 200 and an "error" field?',
      answer:
        'No. Clients, monitors and caches only see the status. Use the 4xx or 5xx that fits, with an application/problem+json body that carries the details.',
    },
  ],
  references: ['RFC 9110 §15.3.1', 'RFC 9110 §9.3', 'RFC 9111 §4.2.2'],
}
