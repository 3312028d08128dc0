import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 301 Moved Permanently: the resource has a new permanent URI.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(301).related.map((r) => r.code) // includes 308
 * ```
 */
export const status301: GuideEntry = {
  code: 301,
  summary: 'The resource has a new permanent URI, given in Location; clients should use it from now on, but may turn a POST into a GET when following.',
  meaning:
    'RFC 9110 §15.4.2: the target resource has been assigned a new permanent URI and any future references to it ought to use one of the enclosed URIs. The server SHOULD send Location with the new URI, which the user agent MAY follow automatically. For historical reasons a user agent MAY change the method from POST to GET for the subsequent request; 308 exists for when that is not acceptable. A 301 is heuristically cacheable, so browsers and caches may remember it for a long time.',
  guarantees: [
    'The old URI is retired permanently; Location is the resource\'s new home.',
    'Links, bookmarks and search indexes may be updated to the new URI.',
  ],
  doesNotGuarantee: [
    'That the method and body are preserved when followed: browsers and fetch() turn POST into GET.',
    'That the redirect can be undone quickly: clients cache it, often without expiry.',
    'That Authorization or cookies are re-sent if the new URI is on another origin.',
  ],
  whenToUse: [
    'A page moved for good: /blog/2019/my-post → /posts/my-post after a site restructure.',
    'Canonicalising hosts or schemes for GET traffic: http:// → https://, example.com → www.example.com.',
    'A renamed API resource path for safe methods, when all clients should update their stored links.',
  ],
  whenNotToUse: [
    {
      misuse: 'Permanently redirecting API endpoints that receive POST, PUT or PATCH with 301',
      consequence: 'Clients following it change POST to GET and drop the body; the write silently turns into a read.',
      instead: '308 Permanent Redirect',
    },
    {
      misuse: 'Using 301 for a temporary move (maintenance page, A/B test, login wall)',
      consequence: 'Browsers cache the 301 heuristically and keep redirecting after the condition ends; search engines replace the indexed URL.',
      instead: '302 Found or 307 Temporary Redirect',
    },
    {
      misuse: 'Redirecting every removed page to the home page with 301',
      consequence: 'Search engines treat it as a soft 404; users land somewhere unrelated.',
      instead: '410 Gone or 404 Not Found, or a 301 to the truly equivalent page',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'The new permanent URI (RFC 9110 §15.4.2 SHOULD); clients and crawlers follow and record it.',
      ifMissing: 'The client cannot go anywhere; the 301 is a dead end.',
    },
    {
      name: 'Cache-Control',
      why: 'A 301 is heuristically cacheable; an explicit max-age bounds how long browsers keep redirecting (mistakes can be corrected).',
      ifMissing: 'Browsers may cache the redirect indefinitely; a wrong 301 haunts returning visitors.',
    },
    {
      name: 'Strict-Transport-Security',
      why: 'For http → https moves, HSTS on the HTTPS response makes browsers skip the insecure first hop next time.',
      ifMissing: 'Every first visit starts over plain HTTP, open to downgrade attacks.',
    },
  ],
  toolInterpretation: {
    browsers: 'Followed automatically (up to 20 hops); POST becomes GET; the redirect is cached, often until the cache is cleared.',
    apiClients: 'fetch() and most libraries follow it by default, rewriting POST to GET as Fetch specifies; Authorization is stripped on cross-origin hops.',
    crawlers: 'Search engines transfer the old URL\'s ranking signals to the target and replace it in the index.',
    uptimeMonitors: 'Monitors either follow (and report the final status) or flag the 3xx; a check on the old URL should follow it.',
    cdns: 'Heuristically cacheable; CDNs store 301s and serve them from the edge.',
  },
  inspectorSignals: [
    'Location present, absolute or correctly relative, and not pointing back at the same URL (redirect loop).',
    'A 301 to a non-GET request (method rewrite risk).',
    'Chains of redirects (301 → 301 → 200) that should be collapsed into one hop.',
    'Explicit Cache-Control on the 301.',
  ],
  correctnessWarnings: [
    'Clients may rewrite POST to GET on 301 (RFC 9110 §15.4.2); use 308 when the method must be kept.',
    'A 3xx without Location leaves the client nowhere to go (RFC 9110 §15.4).',
    'Heuristic caching makes accidental 301s long-lived; prefer a bounded max-age while migrating.',
  ],
  debugging: [
    'curl -I URL: check the status and Location; curl -IL URL follows the whole chain.',
    'If a browser keeps redirecting after you removed the 301, it is cached: test in a private window or clear the cache.',
    'If a POST "loses" its body, the client followed a 301 or 302 as GET: switch to 308.',
    'Look for loops by comparing each hop\'s Location with the previous URLs.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

const app = express()
// Old blog URLs moved for good. GET traffic only; API writes would need 308.
app.get('/blog/:year/:slug', (req, res) => {
  res.set('cache-control', 'max-age=86400')
  res.redirect(Status.MOVED_PERMANENTLY, '/posts/' + req.params.slug)
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
app.get<{ Params: { slug: string } }>('/blog/:year/:slug', async (req, reply) => {
  return reply
    .code(Status.MOVED_PERMANENTLY)
    .headers({ location: '/posts/' + req.params.slug, 'cache-control': 'max-age=86400' })
    .send()
})
await app.listen({ port: 3000 })`,
    django: `from django.shortcuts import redirect

def old_blog_post(request, year, slug):
    # permanent=True sends 301 Moved Permanently with Location
    return redirect("post-detail", slug=slug, permanent=True)`,
    spring: `@GetMapping("/blog/{year}/{slug}")
ResponseEntity<Void> oldPost(@PathVariable String slug) {
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .location(URI.create("/posts/" + slug))
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
        .build();
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.get("/blog/{year}/{slug}")
async def old_post(year: int, slug: str):
    return RedirectResponse(f"/posts/{slug}", status_code=301,
                            headers={"Cache-Control": "max-age=86400"})`,
    go: `package main

import "net/http"

func oldPost(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "max-age=86400")
	http.Redirect(w, r, "/posts/"+r.PathValue("slug"), http.StatusMovedPermanently)
}`,
  },
  clientContract: {
    canAssume: [
      'The resource now lives at Location and will stay there; stored links can be updated.',
      'Following the redirect for GET and HEAD is safe.',
    ],
    mustNotAssume: [
      'That a POST, PUT or PATCH body will be re-sent to the new URI by a generic client.',
      'That credentials follow the redirect across origins.',
    ],
  },
  related: [
    { code: 308, difference: '308 Permanent Redirect is the same move, but the method and body must be preserved.' },
    { code: 302, difference: '302 Found is temporary: keep using the old URI; not heuristically cacheable.' },
    { code: 410, difference: '410 Gone: the resource is permanently gone with no replacement, rather than moved.' },
    { code: 307, difference: '307 Temporary Redirect: temporary and method-preserving.' },
  ],
  faq: [
    {
      question: '301 or 308 for moving an API?',
      answer: '308 whenever requests other than GET and HEAD may hit the old URI; 301 lets clients turn POST into GET.',
    },
    {
      question: 'How long do browsers cache a 301?',
      answer: 'Without Cache-Control, indefinitely in practice (it is heuristically cacheable). Send a max-age to keep the option of changing it.',
    },
  ],
  references: ['RFC 9110 §15.4.2', 'RFC 9110 §15.4', 'RFC 9110 §10.2.2', 'RFC 9111 §4.2.2'],
}
