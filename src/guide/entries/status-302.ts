import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 302 Found: a temporary redirect; clients may change POST to GET.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(302).related.map((r) => r.code) // [303, 307, 301]
 * ```
 */
export const status302: GuideEntry = {
  code: 302,
  summary: 'The resource is temporarily at the URI in Location; keep using the original URI for future requests. Clients may turn a POST into a GET when following.',
  meaning:
    'RFC 9110 §15.4.3: the target resource resides temporarily under a different URI. Since the redirection might change, the client ought to continue to use the target URI for future requests. The server SHOULD send Location with the temporary URI. For historical reasons a user agent MAY change the method from POST to GET for the subsequent request; 307 exists for when that is not acceptable, and 303 for when a change to GET is the intent. A 302 is not heuristically cacheable.',
  guarantees: [
    'Location is where the resource can be found right now.',
    'The original URI remains the one to store and use next time.',
  ],
  doesNotGuarantee: [
    'Which method the client will use at Location: POST may become GET (Fetch rewrites only POST).',
    'That the redirect will still apply on the next request.',
  ],
  whenToUse: [
    'Sending a user to a login page and back, or to a localized or A/B variant of a page, for GET requests.',
    'A short link or download URL that resolves to a different target over time (e.g. /latest → /releases/v3.2.1).',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering a form POST with 302 to show a result page (the classic Post/Redirect/Get)',
      consequence: 'It works only because browsers rewrite POST to GET, which 302 merely permits; API clients may re-POST to the result URI.',
      instead: '303 See Other, which means "GET this" explicitly',
    },
    {
      misuse: 'Temporarily redirecting a PUT, DELETE or API POST with 302',
      consequence: 'Some clients change the method or drop the body; the write lands on the wrong resource or not at all.',
      instead: '307 Temporary Redirect',
    },
    {
      misuse: 'Using 302 for a move that is actually permanent',
      consequence: 'Search engines keep the old URL indexed and clients keep paying the extra round trip.',
      instead: '301 Moved Permanently (or 308)',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'The temporary URI (RFC 9110 §15.4.3 SHOULD).',
      ifMissing: 'The client has nowhere to go.',
    },
    {
      name: 'Cache-Control',
      why: '302 is cacheable only with explicit freshness; add no-store (or private) when the target depends on the user, e.g. a login redirect.',
      ifMissing: 'Usually fine (not heuristically cacheable), but a framework-wide max-age could make a per-user redirect shared.',
    },
    {
      name: 'Vary',
      why: 'When the target depends on Accept-Language or Cookie, tells caches that the redirect differs per client.',
      ifMissing: 'A cache with explicit freshness could send every user to the same variant.',
    },
  ],
  toolInterpretation: {
    browsers: 'Followed automatically; POST becomes GET (Fetch), other methods are kept. Not cached unless headers say so.',
    apiClients: 'Followed by default; libraries differ on method rewriting (curl -L rewrites POST to GET unless --post302).',
    crawlers: 'The original URL stays indexed; search engines may treat a long-lived 302 as a 301 eventually.',
    uptimeMonitors: 'Followed by most checks; login redirects of a protected page show up as 302 → 200 on the login form.',
    cdns: 'Not cached by default; cached only with explicit freshness.',
  },
  inspectorSignals: [
    'A 302 in answer to POST: 303 would state the intent.',
    'A 302 to PUT, PATCH or DELETE: 307 is needed to keep the method.',
    'Missing Location; relative Location resolved against the wrong base behind a proxy.',
  ],
  correctnessWarnings: [
    'POST → GET rewriting on 302 is permitted, not required (RFC 9110 §15.4.3); use 303 or 307 to be explicit.',
    'Set-Cookie plus 302 for login flows: make sure the cookie\'s SameSite setting survives the redirect chain.',
  ],
  debugging: [
    'curl -i URL and read Location; curl -iL -X POST shows how curl rewrites the method on the next hop.',
    'In browser DevTools, the Network panel shows the 302 and the follow-up request with its method.',
    'If a POST arrives as GET at the target, switch the server to 307 (keep) or 303 (intentional GET).',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

const app = express()
app.get('/account', (req, res) => {
  if (req.headers.cookie?.includes('session=') !== true) {
    res.set('cache-control', 'no-store')
    return res.redirect(Status.FOUND, '/login?next=' + encodeURIComponent(req.originalUrl))
  }
  res.send('Your account')
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
// A download alias that moves with every release.
app.get('/downloads/latest', async (_req, reply) => {
  return reply.code(Status.FOUND).headers({ location: '/downloads/v3.2.1.tar.gz', 'cache-control': 'no-cache' }).send()
})
await app.listen({ port: 3000 })`,
    django: `from django.contrib.auth.decorators import login_required
from django.shortcuts import render

# login_required answers 302 to LOGIN_URL?next=<path> for anonymous users.
@login_required
def account(request):
    return render(request, "account.html")`,
    spring: `@GetMapping("/downloads/latest")
ResponseEntity<Void> latest() {
    return ResponseEntity.status(HttpStatus.FOUND)
        .location(URI.create("/downloads/" + releases.latest() + ".tar.gz"))
        .cacheControl(CacheControl.noCache())
        .build();
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()

@app.get("/downloads/latest")
async def latest():
    # RedirectResponse defaults to 307; ask for 302 explicitly.
    return RedirectResponse(f"/downloads/{latest_release()}.tar.gz", status_code=302)`,
    go: `package main

import "net/http"

func latest(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-cache")
	http.Redirect(w, r, "/downloads/"+latestRelease()+".tar.gz", http.StatusFound)
}`,
  },
  clientContract: {
    canAssume: [
      'The resource is reachable at Location for now.',
      'The original URI stays valid; keep using it.',
    ],
    mustNotAssume: [
      'That the method will be preserved: send PUT, DELETE and API POSTs through 307 instead.',
      'That the redirect is cacheable without explicit freshness.',
    ],
  },
  related: [
    { code: 303, difference: '303 See Other: follow with GET, on purpose (Post/Redirect/Get).' },
    { code: 307, difference: '307 Temporary Redirect: same temporariness, but the method and body must be kept.' },
    { code: 301, difference: '301 Moved Permanently: the new URI replaces the old one for good.' },
  ],
  faq: [
    {
      question: 'Why is 302 called "Found" and not "Moved Temporarily"?',
      answer: 'HTTP/1.0 used "Moved Temporarily"; HTTP/1.1 renamed it "Found". The phrase does not matter on the wire, and HTTP/2 has none.',
    },
    {
      question: 'Should login redirects be 302 or 303?',
      answer: 'For a GET to a protected page, 302 (or 307) is fine. After a POST to the login form, answer 303 to the next page.',
    },
  ],
  references: ['RFC 9110 §15.4.3', 'RFC 9110 §15.4', 'RFC 1945 §9.3'],
}
