import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 304 Not Modified: the client's cached copy is still valid; no content.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(304).related.map((r) => r.code) // includes 412
 * ```
 */
export const status304: GuideEntry = {
  code: 304,
  summary: 'A conditional GET or HEAD matched: the representation has not changed since the version the client holds, so the server sends no content and the client reuses its stored copy.',
  meaning:
    'RFC 9110 §15.4.5: a conditional GET or HEAD request has been received and would have resulted in a 200 (OK) response if it were not for the fact that the condition evaluated to false (If-None-Match matched a current ETag, or If-Modified-Since is not older than the last modification). It acts as a redirect to the stored response. The server MUST send whichever of Content-Location, Date, ETag and Vary a 200 would have carried, plus Cache-Control and Expires, and should not send other representation metadata. A 304 cannot contain content: it ends after the header section. For methods other than GET and HEAD, the same failed condition yields 412.',
  guarantees: [
    'The representation identified by the client\'s validator is still current; the stored copy may be used.',
    'There is no content; the headers update the stored response\'s metadata (freshness, validators).',
  ],
  doesNotGuarantee: [
    'That the client actually has a stored copy: a 304 to an unconditional request, or one the client cannot match, is a server bug.',
    'Freshness beyond what its own Cache-Control or Expires say.',
  ],
  whenToUse: [
    'A GET or HEAD with If-None-Match listing an ETag that still matches the current representation.',
    'A GET or HEAD with If-Modified-Since (and no If-None-Match) when the resource has not changed since that date.',
    'Revalidation of cached API responses and static assets with no-cache or expired max-age.',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering a PUT, POST or DELETE whose If-None-Match matched with 304',
      consequence: 'RFC 9110 §13.2.2 says only GET and HEAD get 304; clients of unsafe methods wait for a result that never comes or mistake it for success.',
      instead: '412 Precondition Failed',
    },
    {
      misuse: 'Sending 304 to a request that had no conditional header',
      consequence: 'The client has nothing to reuse and shows an empty or broken response.',
      instead: '200 OK with the representation',
    },
    {
      misuse: 'Sending 304 without the ETag, Cache-Control or Vary the 200 would carry',
      consequence: 'Caches keep stale validators and freshness, revalidate on every request, or mix up Vary variants.',
      instead: 'a 304 that repeats ETag, Cache-Control, Expires, Vary and Date',
    },
  ],
  criticalHeaders: [
    {
      name: 'ETag',
      why: 'Must be sent if the 200 would have carried it (RFC 9110 §15.4.5); it confirms which representation is current.',
      ifMissing: 'Caches cannot confirm the validator and may discard the stored response.',
    },
    {
      name: 'Cache-Control',
      why: 'Refreshes the stored response\'s freshness (e.g. max-age=60), so the next requests need no round trip.',
      ifMissing: 'The stored response stays stale; every request revalidates again.',
    },
    {
      name: 'Vary',
      why: 'Must match the 200\'s Vary, so the cache updates the right variant.',
      ifMissing: 'A cache can update or serve the wrong variant (e.g. gzip vs identity).',
    },
    {
      name: 'Content-Location',
      why: 'Must be sent if the 200 would have carried it (RFC 9110 §15.4.5).',
      ifMissing: 'A cache may update the stored response with a wrong or missing Content-Location.',
    },
    {
      name: 'Date',
      why: 'Must be sent if the 200 would have carried it (RFC 9110 §15.4.5); caches compute the age from it.',
      ifMissing: 'Caches fall back to the time they received the 304.',
    },
    {
      name: 'Expires',
      why: 'Must be sent if the 200 would have carried it (RFC 9110 §15.4.5), like Cache-Control.',
      ifMissing: 'The stored response keeps its old expiry and is treated as stale.',
    },
    {
      name: 'Content-Length',
      why: 'Not needed: a 304 has no content. If sent, it describes the representation the 200 would have sent, never a body in this response.',
      ifMissing: 'Nothing breaks; clients end the 304 at the header section.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers send If-None-Match/If-Modified-Since on revalidation and show the cached body; fetch() usually reports the cached 200 to scripts, not the 304.',
    apiClients: 'Clients with an HTTP cache (undici cache interceptor, OkHttp, URLSession) handle it transparently; plain clients see a 304 with an empty body and must reuse their own copy.',
    crawlers: 'Crawlers send conditional requests and save bandwidth on 304; it tells them the page has not changed.',
    uptimeMonitors: 'Checks that send no validators never see 304; one that does should count 304 as healthy.',
    cdns: 'CDNs revalidate stored objects with the origin and serve their copy on 304, updating its freshness.',
  },
  inspectorSignals: [
    'Any content bytes after a 304 header section.',
    'A 304 to a method other than GET or HEAD, or to a request without If-None-Match or If-Modified-Since.',
    'ETag, Cache-Control, Expires, Vary missing on the 304 while present on the 200.',
    'An ETag on the 304 that differs from the one the request matched (weak comparison is used for If-None-Match).',
  ],
  correctnessWarnings: [
    'A 304 is only valid for conditional GET or HEAD; other methods get 412 (RFC 9110 §13.2.2, §15.4.5).',
    'Content on a 304 violates RFC 9110 §15.4.5; Node drops it, HTTP/1.1 clients may mis-frame the connection.',
    'The 304 must repeat the validators and caching headers of the 200 (RFC 9110 §15.4.5).',
  ],
  debugging: [
    'curl -i URL and copy the ETag; then curl -i -H \'If-None-Match: "<etag>"\' URL: expect 304 with no body.',
    'Compare headers of the 200 and the 304: ETag, Cache-Control, Vary and Expires must agree.',
    'If the ETag changes on every request (timestamps, per-instance hashes), 304 never happens: make ETags depend only on content.',
    'If clients get stale data, check that the server compares ETags correctly (weak vs strong, W/ prefix, compression suffixes).',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

let version = 7
const app = express()
app.get('/catalog', (req, res) => {
  res.set({ etag: '"v' + version + '"', 'cache-control': 'no-cache', vary: 'Accept-Encoding' })
  // req.fresh compares If-None-Match / If-Modified-Since with the response headers set above.
  if (req.fresh) return void res.status(Status.NOT_MODIFIED).end() // no body
  res.json({ version, items: [] })
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const etag = '"v7"'
const app = Fastify()
app.get('/catalog', async (req, reply) => {
  reply.headers({ etag, 'cache-control': 'no-cache' })
  const tags = String(req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\\//, ''))
  if (tags.includes(etag) || tags.includes('*')) return reply.code(Status.NOT_MODIFIED).send()
  return reply.send({ version: 7, items: [] })
})
await app.listen({ port: 3000 })`,
    django: `from django.views.decorators.cache import cache_control
from django.views.decorators.http import etag
from rest_framework.decorators import api_view
from rest_framework.response import Response

# The etag decorator answers 304 for a matching If-None-Match on GET/HEAD
# (and 412 for unsafe methods), copying the ETag onto the 304.
@api_view(["GET"])
@cache_control(no_cache=True)
@etag(lambda request: f'"v{Catalog.current_version()}"')
def catalog(request):
    return Response(CatalogSerializer(Catalog.current()).data)`,
    spring: `// A ResponseEntity with an ETag is checked against If-None-Match by Spring MVC:
// it sends 304 with the ETag and Cache-Control, and no body.
@GetMapping("/catalog")
ResponseEntity<Catalog> catalog() {
    Catalog catalog = catalogs.current();
    return ResponseEntity.ok()
        .eTag("v" + catalog.version())
        .cacheControl(CacheControl.noCache())
        .body(catalog);
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

app = FastAPI()

@app.get("/catalog")
async def catalog(request: Request):
    etag = f'"v{current_version()}"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    held = [t.strip().removeprefix("W/") for t in request.headers.get("if-none-match", "").split(",")]
    if etag in held or "*" in held:
        return Response(status_code=304, headers=headers)  # no body
    return JSONResponse(current_catalog(), headers=headers)`,
    go: `package main

import (
	"bytes"
	"net/http"
	"time"
)

// ServeContent evaluates If-None-Match and If-Modified-Since against the ETag
// header and modtime, and answers 304 without a body when they match.
func catalog(w http.ResponseWriter, r *http.Request) {
	body, version, modified := currentCatalog()
	w.Header().Set("ETag", "\\"v"+version+"\\"")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Content-Type", "application/json")
	http.ServeContent(w, r, "", modified.UTC().Truncate(time.Second), bytes.NewReader(body))
}`,
  },
  clientContract: {
    canAssume: [
      'The copy you validated is current: reuse it, updated with the 304\'s headers.',
      'There is no body to read.',
    ],
    mustNotAssume: [
      'That a 304 is possible without a stored response: only send validators you can serve from.',
      'That the stored copy stays fresh longer than the 304\'s Cache-Control or Expires allow.',
    ],
  },
  related: [
    { code: 200, difference: '200 OK is what the request gets when the representation has changed (or the request was not conditional).' },
    { code: 412, difference: '412 Precondition Failed: the same failed condition on a method other than GET or HEAD, or a failed If-Match.' },
    { code: 204, difference: '204 No Content also has no body, but reports a completed action, not "use your cache".' },
  ],
  faq: [
    {
      question: 'Why does my JavaScript never see a 304?',
      answer: 'The browser cache handles revalidation and hands fetch() the stored 200. You only see 304 when you send validators yourself with cache: "no-store".',
    },
    {
      question: 'Should a 304 include Content-Type?',
      answer: 'It is allowed but pointless; RFC 9110 asks servers not to send representation metadata beyond ETag, Vary, Content-Location, Date, Cache-Control and Expires.',
    },
  ],
  references: ['RFC 9110 §15.4.5', 'RFC 9110 §13.1.2', 'RFC 9110 §13.1.3', 'RFC 9110 §13.2.2', 'RFC 9111 §4.3.4'],
}
