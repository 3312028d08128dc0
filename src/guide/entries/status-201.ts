import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 201 Created: the request created a resource, identified by `Location`.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(201).requiredHeaders[0]?.name // 'Location'
 * ```
 */
export const status201: GuideEntry = {
  code: 201,
  summary: 'The request created one or more new resources; Location identifies the primary one (or, without Location, the target URI itself).',
  meaning:
    'RFC 9110 §15.3.2: the request has been fulfilled and has resulted in one or more new resources being created. The primary resource created is identified by a Location header field or, if none is given, by the target URI. The content typically describes and links to the created resources. A POST that creates a resource SHOULD answer 201 with Location (§9.3.3); a PUT that creates the target resource MUST answer 201 (§9.3.4). An ETag or Last-Modified on a 201 describes the newly created resource (§8.8).',
  guarantees: [
    'The resource exists now: the creation was committed before the response was sent.',
    'Location (or the target URI, for PUT) is the URL of the created resource, usable for a subsequent GET.',
    'Validators (ETag, Last-Modified) on the response, if present, belong to the new resource and can seed If-Match on the next update.',
  ],
  doesNotGuarantee: [
    'That the body is the full representation of the new resource; it may be a summary or a status message.',
    'That repeating the request is harmless: a second POST usually creates a second resource.',
    'That the resource is immediately visible to every reader of an eventually consistent store.',
  ],
  whenToUse: [
    'A POST to a collection created a member: POST /orders → 201 with Location: /orders/7.',
    'A PUT to a URL that did not exist yet created it (PUT /files/report.pdf): RFC 9110 §9.3.4 requires 201 here.',
    'A POST with an Idempotency-Key whose first execution created the resource (replays of the same key return the same 201).',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 201 when the work is only queued and the resource will appear later',
      consequence: 'Clients GET the Location immediately and receive 404, or read half-built state.',
      instead: '202 Accepted with a Location to a status monitor',
    },
    {
      misuse: 'Returning 201 without a Location header after a POST',
      consequence: 'Clients cannot find the new resource without parsing the body; generic clients and SDK generators lose the link (RFC 9110 §9.3.3 SHOULD).',
      instead: 'send Location: /collection/<id> with the 201',
    },
    {
      misuse: 'Answering 201 to a PUT or PATCH that updated an existing resource',
      consequence: 'Clients and audit logs believe something new was created; caches and sync logic treat it as an insert.',
      instead: '200 OK with the representation, or 204 No Content',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'Identifies the primary created resource (RFC 9110 §15.3.2); SHOULD accompany a 201 to a POST.',
      ifMissing: 'The client must guess the URL or parse the body, and follow-up requests break.',
    },
    {
      name: 'ETag',
      why: 'The validator of the new resource, ready for the client\'s first conditional update with If-Match.',
      ifMissing: 'The client needs an extra GET before it can update safely.',
    },
    {
      name: 'Content-Type',
      why: 'Labels the representation or summary of the created resource in the body.',
      ifMissing: 'Clients cannot parse the body reliably.',
    },
  ],
  toolInterpretation: {
    browsers:
      'A form POST answered with 201 renders the body and keeps the POST in history (refresh re-submits); for form flows, 303 to the new page is friendlier. fetch() exposes Location via response.headers.',
    apiClients: 'All clients treat 201 as success; good SDKs return the Location or the parsed body as the created object.',
    crawlers: 'Crawlers do not POST; 201 is irrelevant to indexing.',
    uptimeMonitors: 'Write-path synthetic checks should expect 201 and then delete what they created, or they pollute data.',
    cdns: 'Not heuristically cacheable; a 201 to POST is passed through. A successful POST makes caches invalidate their entry for the target URI, and they may invalidate the Location URI too (RFC 9111 §4.4).',
  },
  inspectorSignals: [
    'Location present on a 201 to POST, and an absolute or correctly relative URL.',
    'A 200 where the request was a PUT to a previously missing URL (should be 201).',
    'A 201 to GET or HEAD, which cannot create anything.',
    'An ETag on the 201 that matches a subsequent GET of the Location.',
  ],
  correctnessWarnings: [
    'RFC 9110 §9.3.3: a 201 to a POST should carry Location; without it generic clients cannot find the resource.',
    'RFC 9110 §9.3.4: a PUT that creates must answer 201; a PUT that updates must answer 200 or 204.',
    'A retried POST without an Idempotency-Key can create duplicates, each answered 201.',
  ],
  debugging: [
    'Run curl -i -X POST with the request body and check for "201 Created" and a Location header.',
    'curl -i the Location URL: it should answer 200 with the new resource (and the same ETag as the 201, if one was sent).',
    'If duplicates appear, check the client and proxies for automatic POST retries and add an Idempotency-Key.',
    'If the Location points at the wrong host, check the server\'s base-URL or X-Forwarded-Host handling behind proxies.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

let nextId = 1
const orders = new Map<string, { id: string; items: unknown }>()
const app = express()
app.use(express.json())
app.post('/orders', (req, res) => {
  const order = { id: String(nextId++), items: req.body?.items }
  orders.set(order.id, order)
  res.status(Status.CREATED).location('/orders/' + order.id).set('etag', '"1"').json(order)
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

let nextId = 1
const app = Fastify()
app.post<{ Body: { items: string[] } }>('/orders', async (req, reply) => {
  const order = { id: String(nextId++), items: req.body.items }
  return reply
    .code(Status.CREATED)
    .headers({ location: '/orders/' + order.id, etag: '"1"' })
    .send(order)
})
await app.listen({ port: 3000 })`,
    django: `from django.urls import reverse
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

class OrderList(APIView):
    def post(self, request):
        serializer = OrderSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        order = serializer.save()
        return Response(serializer.data, status=status.HTTP_201_CREATED,
                        headers={"Location": reverse("order-detail", args=[order.pk])})`,
    spring: `@PostMapping("/orders")
ResponseEntity<Order> create(@RequestBody NewOrder request, UriComponentsBuilder uri) {
    Order order = orders.create(request);
    URI location = uri.path("/orders/{id}").buildAndExpand(order.id()).toUri();
    return ResponseEntity.created(location).eTag("1").body(order);
}`,
    fastapi: `from fastapi import FastAPI, Response, status

app = FastAPI()

@app.post("/orders", status_code=status.HTTP_201_CREATED)
async def create_order(order: NewOrder, response: Response):
    created = await orders.create(order)
    response.headers["Location"] = f"/orders/{created.id}"
    return created`,
    go: `package main

import (
	"encoding/json"
	"net/http"
)

func createOrder(w http.ResponseWriter, r *http.Request) {
	var in NewOrder
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		writeProblem(w, http.StatusBadRequest, "The body is not valid JSON.")
		return
	}
	order := store.Create(in)
	w.Header().Set("Location", "/orders/"+order.ID)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(order)
}`,
  },
  clientContract: {
    canAssume: [
      'The resource was created; Location (or the request URL for PUT) identifies it.',
      'An ETag on the 201 is the new resource\'s current validator.',
    ],
    mustNotAssume: [
      'That the body is the complete representation: GET the Location when you need it.',
      'That resending the same POST is safe: without an honoured Idempotency-Key it creates another resource.',
    ],
  },
  related: [
    { code: 200, difference: '200 OK reports success without claiming a new resource; a PUT that updates answers 200 or 204, one that creates answers 201.' },
    { code: 202, difference: '202 Accepted: the creation has not happened yet, only been queued.' },
    { code: 303, difference: '303 See Other sends a browser from the POST to the created (or an equivalent existing) resource with a GET.' },
    { code: 409, difference: '409 Conflict answers a create that collides with an existing unique key instead of creating a duplicate.' },
  ],
  faq: [
    {
      question: 'Must the Location be absolute?',
      answer: 'No. RFC 9110 §10.2.2 allows a relative reference, resolved against the request URL; absolute URLs avoid surprises behind proxies.',
    },
    {
      question: 'Should the 201 body contain the whole resource?',
      answer: 'It may. RFC 9110 only says it typically describes and links to what was created; returning the full representation saves the client a GET.',
    },
  ],
  references: ['RFC 9110 §15.3.2', 'RFC 9110 §9.3.3', 'RFC 9110 §9.3.4', 'RFC 9110 §10.2.2'],
}
