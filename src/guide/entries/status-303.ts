import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 303 See Other: an indirect response; GET the resource in `Location`
 * (Post/Redirect/Get).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(303).requiredHeaders[0]?.level // 'MUST'
 * ```
 */
export const status303: GuideEntry = {
  code: 303,
  summary: 'The answer to this request is elsewhere: retrieve the resource in Location with GET (or HEAD), whatever the original method was; the basis of Post/Redirect/Get.',
  meaning:
    'RFC 9110 §15.4.4: the server is redirecting the user agent to a different resource, as indicated by a URI in the Location header field, which is intended to provide an indirect response to the original request. A user agent performs a GET (or HEAD) request on that URI, which may itself be redirected. Its primary use is to answer a POST with a resource that shows the result and can be bookmarked, reloaded and cached without repeating the POST; a POST whose result is equivalent to an existing resource may also answer 303 to it (§9.3.3). A 303 to a GET means the target has no representation of its own but the Location describes it. A 303 is not heuristically cacheable.',
  guarantees: [
    'The original request was handled; Location is where its result (or a description of the target) can be retrieved.',
    'The follow-up is a GET: reloading the result page never repeats the POST.',
  ],
  doesNotGuarantee: [
    'That the original action succeeded: the page at Location has to say so.',
    'That Location is the resource the request created (201 with Location states that; 303 only points at something to read).',
  ],
  whenToUse: [
    'After a successful HTML form POST: answer 303 to the order confirmation page so refresh and back do not re-submit.',
    'A POST that would create a duplicate of an existing resource: answer 303 to the existing one (RFC 9110 §9.3.3).',
    'A finished asynchronous job: the job status resource answers 303 to the result resource.',
    'Linked data: a GET on a URI naming a real-world thing is answered with 303 to a document about it.',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering a form POST with 200 and the result page directly',
      consequence: 'Refresh asks "resubmit the form?" and re-sends the POST; duplicated orders and payments follow.',
      instead: '303 See Other to a result URL',
    },
    {
      misuse: 'Using 303 to move a resource that clients should keep calling with the same method',
      consequence: 'Every non-GET request is turned into a GET: PUT and DELETE silently stop working.',
      instead: '307 Temporary Redirect or 308 Permanent Redirect',
    },
    {
      misuse: 'Answering an API POST that created a resource with 303 instead of 201',
      consequence: 'Generic API clients follow with a GET and report the GET\'s 200; the "created" signal is lost.',
      instead: '201 Created with Location',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'Required: RFC 9110 §15.4.4 defines the redirect target as the URI in Location; it is the URI to GET.',
      ifMissing: 'The user agent cannot perform the indirect retrieval; the response is useless.',
    },
    {
      name: 'Cache-Control',
      why: 'A 303 is cacheable only with explicit freshness; redirects that depend on the submission should be no-store.',
      ifMissing: 'Usually fine, since 303 is not heuristically cacheable.',
    },
  ],
  toolInterpretation: {
    browsers: 'Followed with GET for every method other than HEAD (Fetch); the result URL appears in the address bar and history.',
    apiClients: 'fetch() and most libraries follow with GET and drop the body; curl -L switches to GET on 303 (unless --post303).',
    crawlers: 'Crawlers follow it and index the target, not the redirecting URI.',
    uptimeMonitors: 'Followed like other redirects; a write-path check should assert on the final page.',
    cdns: 'Not cached without explicit freshness; passed through.',
  },
  inspectorSignals: [
    'Location present (required).',
    'A 302 after a POST that clearly implements Post/Redirect/Get (303 states the intent).',
    'A 303 in reply to PUT or DELETE on an API, which turns the retry into a GET.',
  ],
  correctnessWarnings: [
    'A 303 without Location cannot be followed (RFC 9110 §15.4.4).',
    'Answering a POST with 303 hides whether it created something; APIs should prefer 201 or 200 with the result.',
  ],
  debugging: [
    'curl -i -X POST -d ... URL: expect 303 and a Location; then curl -i the Location with GET.',
    'In DevTools, confirm the follow-up request is a GET and that the form data is not re-sent on reload.',
    'If users still see "confirm form resubmission", the POST response was not a 303 (look for 200 or a framework render).',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

let nextOrder = 1
const app = express()
app.use(express.urlencoded({ extended: false }))
app.post('/orders', (_req, res) => {
  const id = nextOrder++ // the order is stored here
  res.redirect(Status.SEE_OTHER, '/orders/' + id + '/confirmation') // browser GETs it
})
app.get('/orders/:id/confirmation', (req, res) => void res.send('Order ' + req.params.id + ' received'))
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const jobs = new Map([['9', { done: true, result: '/reports/2026-11.csv' }]])
const app = Fastify()
app.get<{ Params: { id: string } }>('/jobs/:id', async (req, reply) => {
  const job = jobs.get(req.params.id)
  if (job?.done === true) return reply.code(Status.SEE_OTHER).header('location', job.result).send()
  return reply.send({ state: 'pending' })
})
await app.listen({ port: 3000 })`,
    django: `from django.http import HttpResponseRedirect
from django.urls import reverse

def place_order(request):
    order = Order.objects.create(user=request.user, **order_fields(request.POST))
    response = HttpResponseRedirect(reverse("order-confirmation", args=[order.pk]))
    response.status_code = 303  # GET the confirmation; refresh never re-POSTs
    return response`,
    spring: `@PostMapping("/orders")
ResponseEntity<Void> place(@ModelAttribute OrderForm form) {
    Order order = orders.place(form);
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create("/orders/" + order.id() + "/confirmation"))
        .build();
}`,
    fastapi: `from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.post("/orders")
async def place_order(item: str = Form(...)):
    order = await orders.place(item)
    return RedirectResponse(f"/orders/{order.id}/confirmation", status_code=303)`,
    go: `package main

import "net/http"

func placeOrder(w http.ResponseWriter, r *http.Request) {
	id := orders.Place(r.FormValue("item"))
	http.Redirect(w, r, "/orders/"+id+"/confirmation", http.StatusSeeOther)
}`,
  },
  clientContract: {
    canAssume: [
      'The request was processed; GET the Location to see the outcome.',
      'Following with GET is always the intended behaviour, whatever the original method.',
    ],
    mustNotAssume: [
      'That the action succeeded without reading the target resource.',
      'That the request body should be re-sent to the Location.',
    ],
  },
  related: [
    { code: 302, difference: '302 Found permits, but does not request, the switch to GET; 303 requires it.' },
    { code: 307, difference: '307 Temporary Redirect keeps the method and body; 303 always switches to GET.' },
    { code: 201, difference: '201 Created reports a new resource to API clients; 303 is for sending a browser on to a page with GET.' },
    { code: 202, difference: 'A 202 job\'s status monitor commonly answers 303 to the result when the job is done.' },
  ],
  faq: [
    {
      question: 'Why 303 rather than 302 for Post/Redirect/Get?',
      answer: '303 says "GET this" by definition. A 302 only works because browsers rewrite POST to GET, which RFC 9110 merely tolerates.',
    },
    {
      question: 'Does HTTP/1.0 support 303?',
      answer: 'No, it was added in HTTP/1.1. Every client in use today supports it.',
    },
  ],
  references: ['RFC 9110 §15.4.4', 'RFC 9110 §9.3.3', 'RFC 9110 §15.4'],
}
