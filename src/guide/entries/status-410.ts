import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 410 Gone: the resource was intentionally removed and the condition is
 * expected to be permanent.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(410).whenNotToUse
 * ```
 */
export const status410: GuideEntry = {
  code: 410,
  summary: 'The resource used to be here, was removed on purpose, and is not coming back.',
  meaning:
    'RFC 9110 §15.5.11: access to the target resource is no longer available at the origin server and this condition is likely to be permanent. It is primarily meant to assist web maintenance by telling recipients that the resource is intentionally unavailable, so that links to it can be removed. If the server does not know, or has no facility to determine, whether the condition is permanent, it ought to use 404. A 410 is heuristically cacheable.',
  guarantees: [
    'The server asserts the absence is intentional and expected to be permanent.',
    'Clients may delete bookmarks, cached copies and references to this URI.',
  ],
  doesNotGuarantee: [
    'Where the resource went: 410 carries no Location (use 301/308 if there is a successor).',
    'That the URI will never be reused for something else; only that this resource is gone.',
  ],
  whenToUse: [
    'A time-limited promotion page or offer that has ended and will not return.',
    'An API version that was shut down after its sunset date: every /v1/* route answers 410 with a link to the migration guide.',
    'A user deleted their account or content and you want search engines to drop the URLs quickly.',
    'A one-time download link or invitation that has been used or expired by design.',
  ],
  whenNotToUse: [
    {
      misuse: 'Sending 410 for a resource that was deleted but may be restored (trash, soft delete with undo)',
      consequence: 'Clients and crawlers forget the URI; after a restore, links are gone and recrawl is slow.',
      instead: '404 Not Found',
    },
    {
      misuse: 'Sending 410 when the content moved to a new URI',
      consequence: 'Clients lose the successor; search engines drop ranking instead of transferring it.',
      instead: '301 Moved Permanently or 308 Permanent Redirect with Location',
    },
    {
      misuse: 'Sending 410 for a resource that never existed (typo URLs, scanner probes)',
      consequence: 'The response asserts a history that is false and can mislead debugging.',
      instead: '404 Not Found',
    },
  ],
  criticalHeaders: [
    {
      name: 'Cache-Control',
      why: '410 is heuristically cacheable; a long max-age is fine because the answer is permanent.',
      ifMissing: 'Caches choose their own heuristic lifetime (CDNs default to minutes), leading to more origin hits than needed.',
    },
    {
      name: 'Content-Type',
      why: 'A problem+json body that says what replaced it (a migration guide, a successor API).',
      ifMissing: 'Clients learn that it is gone but not what to do next.',
    },
    {
      name: 'Link',
      why: 'Link: <https://example.com/docs/migrate-v2>; rel="help" or rel="successor-version" points to the replacement.',
      ifMissing: 'Integrators of a retired API have to search the docs for the successor.',
    },
  ],
  toolInterpretation: {
    browsers: 'Renders the error page; browsers may cache it heuristically.',
    apiClients: 'Never retried; Octokit lists it in doNotRetry. SDKs of sunset APIs often throw a "version retired" error.',
    crawlers: 'Search engines drop 410 URLs from the index faster than 404 URLs and crawl them less often.',
    uptimeMonitors: 'A 410 on a monitored URL means the monitor targets a retired page or API version; update the check.',
    cdns: 'Cached by default like 404 (Cloudflare: 3 minutes without origin headers); set a long TTL explicitly to offload the origin.',
  },
  inspectorSignals: [
    'Cache-Control on the 410 (a long TTL is appropriate).',
    'Whether a successor exists (then a redirect was due) and whether the body or Link points to it.',
  ],
  correctnessWarnings: [
    'Use 410 only when permanence is known; otherwise RFC 9110 §15.5.11 says 404.',
    '410 is heuristically cacheable: if you may bring the resource back, do not use it.',
  ],
  debugging: [
    'Run curl -i and read the body and Link header for the replacement.',
    'Check release notes or the API\'s Sunset/Deprecation announcements for the retirement date.',
    'Search your code or CMS for the rule that marks the URI as gone (redirect maps, route tables, sunset middleware).',
    'If the resource was restored, purge CDN and browser caches that still hold the 410.',
  ],
  frameworks: {
    express: `import express from 'express'
import { gone } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use('/v1', () => {
  throw gone('API v1 was retired on 2025-06-30; use /v2.', {
    type: 'https://example.com/probs/api-retired',
    headers: { link: '<https://example.com/docs/migrate-v2>; rel="help"', 'cache-control': 'public, max-age=86400' },
  })
})
app.get('/v2/orders', (_req, res) => { res.json([]) })
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { gone } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const expiredInvites = new Set(['abc123'])
const app = Fastify()
await app.register(problemPlugin)
app.get<{ Params: { token: string } }>('/invites/:token', async (req) => {
  if (expiredInvites.has(req.params.token)) {
    throw gone('This invitation was already used.', { type: 'https://example.com/probs/invite-used' })
  }
  return { token: req.params.token }
})`,
    django: `from django.http import JsonResponse

def v1_retired(request, path=""):
    # urls.py: re_path(r"^v1/(?P<path>.*)$", v1_retired)
    return JsonResponse({"type": "https://example.com/probs/api-retired", "title": "Gone",
                         "status": 410, "detail": "API v1 was retired; use /v2."},
                        status=410, content_type="application/problem+json",
                        headers={"Link": '<https://example.com/docs/migrate-v2>; rel="help"'})`,
    spring: `@RequestMapping("/v1/**")
ResponseEntity<ProblemDetail> v1Retired() {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "API v1 was retired; use /v2.");
    pd.setType(URI.create("https://example.com/probs/api-retired"));
    return ResponseEntity.status(HttpStatus.GONE)
        .header(HttpHeaders.LINK, "<https://example.com/docs/migrate-v2>; rel=\\"help\\"")
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def v1_retired(rest: str):
    return JSONResponse(status_code=410, media_type="application/problem+json",
        headers={"Link": '<https://example.com/docs/migrate-v2>; rel="help"'},
        content={"type": "https://example.com/probs/api-retired", "title": "Gone", "status": 410,
                 "detail": "API v1 was retired; use /v2."})`,
    go: `mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	w.Header().Set("Link", "<https://example.com/docs/migrate-v2>; rel=\\"help\\"")
	w.WriteHeader(http.StatusGone)
	json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/api-retired",
		"title": "Gone", "status": 410, "detail": "API v1 was retired; use /v2."})
})`,
  },
  clientContract: {
    canAssume: [
      'The resource will not come back at this URI; stop requesting it and remove stored links.',
      'Nothing was changed by the request.',
    ],
    mustNotAssume: [
      'That a replacement exists at a predictable URI unless the body or Link says so.',
      'That retrying later helps.',
    ],
  },
  related: [
    { code: 404, difference: 'Absent, with no statement about permanence; the default when unsure.' },
    { code: 301, difference: 'The resource lives on at a new URI given in Location.' },
    { code: 308, difference: 'Like 301, but the method and body are kept on the redirect; for moved API endpoints.' },
  ],
  faq: [
    {
      question: '404 or 410 for deleted content?',
      answer: '410 if the deletion is final and you want crawlers and clients to forget the URL quickly; 404 if it might come back or you cannot tell.',
    },
    {
      question: 'How long should a server keep answering 410?',
      answer: 'As long as links to the URI may exist, often years; it is cheap. Do not recycle the URI for unrelated content, since caches and crawlers have stored the 410.',
    },
  ],
  references: ['RFC 9110 §15.5.11', 'RFC 9110 §15.1', 'RFC 8594 §3'],
}
