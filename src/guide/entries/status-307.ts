import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 307 Temporary Redirect: temporary, and the method and body are preserved.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(307).related.map((r) => r.code) // includes 302 and 308
 * ```
 */
export const status307: GuideEntry = {
  code: 307,
  summary: 'The resource is temporarily at the URI in Location, and the client must repeat the same request there: same method, same body.',
  meaning:
    'RFC 9110 §15.4.8: the target resource resides temporarily under a different URI and the user agent MUST NOT change the request method if it performs an automatic redirection to that URI. The client ought to keep using the original URI for future requests. The server SHOULD send Location. 307 was introduced to remove the ambiguity of 302, which clients may follow with GET. It is not heuristically cacheable.',
  guarantees: [
    'A client that follows it re-sends the identical method and content to Location.',
    'The original URI remains valid for future requests.',
  ],
  doesNotGuarantee: [
    'That the client can follow it: a streamed, non-replayable body (fetch with a ReadableStream body) cannot be re-sent.',
    'That credentials are re-sent when Location is on another origin (Authorization is stripped).',
    'That the request was not partly processed at the first URI; servers should redirect before acting.',
  ],
  whenToUse: [
    'Temporarily moving an API endpoint that receives POST, PUT or DELETE (a maintenance failover, a shard move).',
    'Redirecting a write to the primary region or leader node while keeping the request intact.',
    'Any temporary redirect where you do not want clients to guess about method rewriting, GET included.',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering a form POST with 307 to show a result page',
      consequence: 'The browser re-POSTs the form to the result URL; the action may run twice or the page rejects the POST.',
      instead: '303 See Other',
    },
    {
      misuse: 'Using 307 for a permanent move',
      consequence: 'Clients and search engines keep using the old URI and pay an extra hop on every request.',
      instead: '308 Permanent Redirect',
    },
    {
      misuse: 'Redirecting an upload with 307 after having read and processed the body',
      consequence: 'The client sends the body again: double processing, or a failure if the body cannot be replayed.',
      instead: 'redirect before reading the body (or answer 503 with Retry-After during failover)',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'Where to repeat the request (RFC 9110 §15.4.8 SHOULD).',
      ifMissing: 'The client cannot follow; the request fails.',
    },
    {
      name: 'Cache-Control',
      why: 'A 307 is cacheable only with explicit freshness; keep failover redirects uncacheable (no-store) so clients return to the original when it recovers.',
      ifMissing: 'Normally fine; a route-wide max-age would pin clients to the temporary location.',
    },
    {
      name: 'Retry-After',
      why: 'On a 3xx it is the minimum wait before following the redirect (RFC 9110 §10.2.3), useful during failovers.',
      ifMissing: 'Clients follow immediately, which is usually what you want.',
    },
  ],
  toolInterpretation: {
    browsers: 'Followed with the same method and body. Chrome shows "307 Internal Redirect" for HSTS upgrades it makes itself; those never reached the server.',
    apiClients: 'fetch() follows it with the same method and body if the body is replayable; curl -L keeps the method on 307.',
    crawlers: 'The original URL stays indexed; the target is crawled for now.',
    uptimeMonitors: 'Checks following redirects report the final status; a persistent 307 on a health check hints at an unfinished failover.',
    cdns: 'Not cached without explicit freshness; passed through.',
  },
  inspectorSignals: [
    'Location present and different from the request URL.',
    'A 307 after a form POST in an HTML flow (303 intended?).',
    'Long-lived 307s on GET URLs that look like permanent moves.',
  ],
  correctnessWarnings: [
    'RFC 9110 §15.4.8: clients must not change the method; servers must be ready to receive the same body at Location.',
    'Chrome\'s "307 Internal Redirect" in DevTools is HSTS, not a server response; do not debug the server for it.',
  ],
  debugging: [
    'curl -i -X PUT -d @body.json URL: expect 307 and Location; curl -iL -X PUT ... shows the replayed PUT.',
    'If DevTools shows "307 Internal Redirect" with "Non-Authoritative-Reason: HSTS", the browser upgraded to HTTPS itself.',
    'If the target receives an empty body, the client could not replay it (streamed upload): buffer it or redirect before sending.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

const primary = 'https://eu-1.api.example.com'
const app = express()
// During a failover, writes go to the primary region with method and body intact.
app.put('/documents/:id', (req, res) => {
  res.set('cache-control', 'no-store')
  res.redirect(Status.TEMPORARY_REDIRECT, primary + '/documents/' + req.params.id)
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const primary = 'https://eu-1.api.example.com'
const app = Fastify()
app.post<{ Params: { id: string } }>('/documents/:id/comments', async (req, reply) => {
  return reply
    .code(Status.TEMPORARY_REDIRECT)
    .headers({ location: primary + '/documents/' + req.params.id + '/comments', 'cache-control': 'no-store' })
    .send()
})
await app.listen({ port: 3000 })`,
    django: `from django.http import HttpResponseRedirect

PRIMARY = "https://eu-1.api.example.com"

def document(request, pk):
    if not is_primary_region():
        response = HttpResponseRedirect(f"{PRIMARY}/documents/{pk}")
        response.status_code = 307  # same method, same body
        response["Cache-Control"] = "no-store"
        return response
    return handle_document(request, pk)`,
    spring: `@PutMapping("/documents/{id}")
ResponseEntity<Void> update(@PathVariable String id) {
    return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT)
        .location(URI.create(primaryRegion + "/documents/" + id))
        .cacheControl(CacheControl.noStore())
        .build();
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
PRIMARY = "https://eu-1.api.example.com"

@app.put("/documents/{doc_id}")
async def update_document(doc_id: str):
    # Redirect before reading the body, so the client re-sends it unchanged.
    return RedirectResponse(f"{PRIMARY}/documents/{doc_id}", status_code=307,
                            headers={"Cache-Control": "no-store"})`,
    go: `package main

import "net/http"

const primary = "https://eu-1.api.example.com"

func updateDocument(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, primary+"/documents/"+r.PathValue("id"), http.StatusTemporaryRedirect)
}`,
  },
  clientContract: {
    canAssume: [
      'Re-sending the same method and body to Location is what the server asks for.',
      'The original URI is still the one to use next time.',
    ],
    mustNotAssume: [
      'That a non-replayable body can be followed automatically.',
      'That Authorization or cookies travel to a different origin.',
    ],
  },
  related: [
    { code: 302, difference: '302 Found is temporary too, but clients may switch POST to GET.' },
    { code: 308, difference: '308 Permanent Redirect is the permanent, method-preserving counterpart.' },
    { code: 303, difference: '303 See Other switches to GET on purpose; 307 forbids switching.' },
    { code: 503, difference: '503 with Retry-After tells the client to wait and retry the same URI instead of going elsewhere.' },
  ],
  faq: [
    {
      question: 'Why do I see 307 in Chrome when my server sends 301?',
      answer: 'For HSTS hosts Chrome upgrades http:// to https:// internally and shows it as "307 Internal Redirect"; the server never saw that request.',
    },
    {
      question: 'Does fetch() re-send the request body on 307?',
      answer: 'Yes, if the body can be replayed (string, Blob, FormData, buffers). A ReadableStream body makes the redirect fail.',
    },
  ],
  references: ['RFC 9110 §15.4.8', 'RFC 9110 §15.4', 'RFC 9110 §10.2.3', 'RFC 6797 §8.3'],
}
