import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 308 Permanent Redirect: permanent, and the method and body are preserved.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(308).related.map((r) => r.code) // includes 301
 * ```
 */
export const status308: GuideEntry = {
  code: 308,
  summary: 'The resource has a new permanent URI in Location, and clients must repeat the same method and body there; the method-preserving 301.',
  meaning:
    'RFC 9110 §15.4.9 (first defined in RFC 7538): the target resource has been assigned a new permanent URI and any future references to it ought to use one of the enclosed URIs. The server SHOULD send Location. Unlike 301, a user agent following it automatically MUST NOT change the method (the rule shared with 307, §15.4). A 308 is heuristically cacheable. Being younger (2014), it may not be recognised by very old clients, which then treat it as 300.',
  guarantees: [
    'The move is permanent: update stored URIs, SDK base URLs and bookmarks.',
    'A following client repeats the same method and content at Location.',
  ],
  doesNotGuarantee: [
    'That every client follows it: very old HTTP/1.0-era clients treat an unknown 3xx as 300.',
    'That credentials are carried to a new origin.',
    'That a mistaken 308 can be withdrawn quickly: clients cache it heuristically.',
  ],
  whenToUse: [
    'An API that moved for good (api.example.com/v1 → api.example.com/v2-compat) and still receives POST, PUT and DELETE at the old address.',
    'Trailing-slash or case canonicalisation of URLs that also accept writes.',
    'Host or scheme canonicalisation when non-GET requests may arrive at the old host (http → https for an API).',
  ],
  whenNotToUse: [
    {
      misuse: 'Using 308 for a temporary move or a failover',
      consequence: 'Clients and caches remember it and keep going to the temporary location after the original returns.',
      instead: '307 Temporary Redirect',
    },
    {
      misuse: 'Redirecting a form POST to its result page with 308',
      consequence: 'The browser re-POSTs the form data to the result page instead of showing it.',
      instead: '303 See Other',
    },
    {
      misuse: 'Relying on 308 for clients pinned to ancient HTTP stacks (embedded devices, very old libraries)',
      consequence: 'They do not know 308 and stop at the redirect as if it were a 300.',
      instead: 'test the client population; keep the old endpoint serving, or use 301 for GET-only traffic',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'The new permanent URI (RFC 9110 §15.4.9 SHOULD).',
      ifMissing: 'The client cannot follow and the request fails.',
    },
    {
      name: 'Cache-Control',
      why: 'A 308 is heuristically cacheable; an explicit max-age bounds how long clients remember it while you migrate.',
      ifMissing: 'Clients and CDNs may keep the redirect for a very long time.',
    },
    {
      name: 'Deprecation',
      why: 'For API moves, Deprecation and Sunset headers (RFC 9745, RFC 8594) on the old endpoint tell clients when it will stop redirecting.',
      ifMissing: 'Clients keep depending on the redirect forever.',
    },
  ],
  toolInterpretation: {
    browsers: 'Followed with the same method and body; cached like 301.',
    apiClients: 'fetch(), curl -L and modern libraries follow it preserving the method; SDKs should log it so base URLs get updated.',
    crawlers: 'Treated like 301: ranking signals move to the target and the index is updated.',
    uptimeMonitors: 'Checks that follow redirects pass; checks on the old URL should be updated to the new one.',
    cdns: 'Heuristically cacheable; CDNs may serve it from the edge.',
  },
  inspectorSignals: [
    'Location present and not equal to the request URL.',
    'Redirect chains mixing 301 and 308 for the same move.',
    'Explicit Cache-Control during a migration.',
  ],
  correctnessWarnings: [
    'RFC 9110 §15.4.9: 308 may not be recognised by very old clients, which treat it as 300.',
    'Permanent redirects are cached heuristically; a wrong 308 persists on clients after you fix the server.',
  ],
  debugging: [
    'curl -i -X POST -d @body.json OLD_URL: expect 308 and Location; curl -iL -X POST shows the same POST at the new URL.',
    'Check that the new URL accepts the method: a 405 there means the move is incomplete.',
    'If browsers keep hitting the new URL after you reverted, clear the cache: the 308 was stored.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

const app = express()
// The v1 API moved for good; writes must arrive intact at the new address.
app.all('/v1/*rest', (req, res) => {
  res.set({ 'cache-control': 'max-age=3600', sunset: 'Sat, 01 May 2027 00:00:00 GMT' })
  res.redirect(Status.PERMANENT_REDIRECT, 'https://api.example.com/v2' + req.originalUrl.slice(3))
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
app.all('/v1/*', async (req, reply) => {
  return reply
    .code(Status.PERMANENT_REDIRECT)
    .headers({ location: 'https://api.example.com/v2' + req.url.slice(3), 'cache-control': 'max-age=3600' })
    .send()
})
await app.listen({ port: 3000 })`,
    django: `from django.http import HttpResponsePermanentRedirect

def v1_moved(request, rest):
    response = HttpResponsePermanentRedirect(f"https://api.example.com/v2/{rest}")
    response.status_code = 308  # permanent and method-preserving (301 is the default)
    response["Cache-Control"] = "max-age=3600"
    return response`,
    spring: `@RequestMapping("/v1/**")
ResponseEntity<Void> moved(HttpServletRequest request) {
    String rest = request.getRequestURI().substring(3);
    return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
        .location(URI.create("https://api.example.com/v2" + rest))
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
        .build();
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
async def v1_moved(rest: str):
    return RedirectResponse(f"https://api.example.com/v2/{rest}", status_code=308,
                            headers={"Cache-Control": "max-age=3600"})`,
    go: `package main

import (
	"net/http"
	"strings"
)

func v1Moved(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "max-age=3600")
	target := "https://api.example.com/v2" + strings.TrimPrefix(r.URL.RequestURI(), "/v1")
	http.Redirect(w, r, target, http.StatusPermanentRedirect)
}`,
  },
  clientContract: {
    canAssume: [
      'The new URI is permanent; update configuration and stored links.',
      'Re-sending the same method and body to Location is intended.',
    ],
    mustNotAssume: [
      'That every hop on every path understands 308.',
      'That a streamed request body can be replayed automatically.',
    ],
  },
  related: [
    { code: 301, difference: '301 Moved Permanently is the same permanent move, but clients may change POST to GET.' },
    { code: 307, difference: '307 Temporary Redirect preserves the method too, but the move is temporary.' },
    { code: 410, difference: '410 Gone: the old endpoint was removed without a replacement.' },
  ],
  faq: [
    {
      question: 'Is 308 safe to use for websites?',
      answer: 'Yes, every current browser supports it. For GET-only pages 301 and 308 behave the same; 308 matters when non-GET requests hit the old URL.',
    },
    {
      question: 'How do I retire the redirect eventually?',
      answer: 'Announce it with Deprecation and Sunset headers on the 308, watch traffic to the old URL, then answer 410 Gone.',
    },
  ],
  references: ['RFC 9110 §15.4.9', 'RFC 9110 §15.4', 'RFC 7538', 'RFC 8594'],
}
