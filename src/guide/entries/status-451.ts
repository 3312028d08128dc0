import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 451 Unavailable For Legal Reasons (RFC 7725).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(451).criticalHeaders
 * ```
 */
export const status451: GuideEntry = {
  code: 451,
  summary: 'Access is denied because of a legal demand; the response should identify who blocked it and why.',
  meaning:
    'RFC 7725 §3: the server is denying access to the resource as a consequence of a legal demand (a court order, ' +
    'a government takedown, sanctions law). The response SHOULD explain the demand and who made it, and SHOULD carry ' +
    'a Link header with rel="blocked-by" identifying the entity that implements the block (not necessarily the one ' +
    'that demanded it). 451 is cacheable by default (RFC 7725 §3).',
  guarantees: [
    'The refusal is legal, not technical: the resource may exist and the server may be healthy.',
    'A Link rel="blocked-by", when present, names the entity that implements the block (RFC 7725 §4).',
  ],
  doesNotGuarantee: [
    'That the block applies everywhere: many 451s are per jurisdiction.',
    'That the body can disclose the full demand (some orders forbid disclosure).',
    'That it is permanent; orders are lifted or expire.',
  ],
  whenToUse: [
    'A court order or DMCA-style takedown requires a page to be withheld.',
    'Sanctions or export-control law forbids serving users from a given country.',
    'A government demand forces an ISP or platform to block a site; the blocking intermediary answers 451.',
  ],
  whenNotToUse: [
    {
      misuse: 'Using 451 for a resource the user lacks permission to see',
      consequence: 'Implies a legal demand that does not exist; misleads users and transparency reporting.',
      instead: '403 Forbidden',
    },
    {
      misuse: 'Using 451 for content removed by the site\'s own moderation policy',
      consequence: 'Misrepresents a business decision as a legal obligation.',
      instead: '404 Not Found, 410 Gone or 403 Forbidden with an explanation',
    },
    {
      misuse: 'Sending 451 with a long max-age for a geo-block',
      consequence: 'Shared caches may serve the block to users in jurisdictions where the content is legal.',
      instead: 'Cache-Control: private or no-store plus Vary on the deciding input',
    },
  ],
  criticalHeaders: [
    {
      name: 'Link',
      why: 'Link: <https://example.com/legal>; rel="blocked-by" identifies the entity implementing the block (RFC 7725 §4).',
      ifMissing: 'Users and researchers (e.g. Lumen) cannot see who blocked the content.',
    },
    {
      name: 'Cache-Control',
      why: '451 is cacheable by default; per-region blocks need private/no-store so caches do not spread them.',
      ifMissing: 'CDNs may cache a country-specific block and serve it globally.',
    },
    {
      name: 'Content-Type',
      why: 'A body (problem+json or HTML) explaining the legal demand, as RFC 7725 §3 asks.',
      ifMissing: 'Users see an unexplained refusal.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show the body; no special handling.',
    apiClients: 'Never retried (octokit lists 451 in doNotRetry); surface it to the user with the explanation.',
    crawlers: 'Treated as a client error; the URL drops from the index in the affected region.',
    uptimeMonitors: 'A monitor in a blocked region sees 451; check from several regions before alerting.',
    cdns: 'Cacheable by default (RFC 7725 §3); geo-blocking at the edge often generates it.',
  },
  inspectorSignals: [
    'Link header with rel="blocked-by"',
    'body explaining the legal demand',
    'Cache-Control / Vary appropriate for region-dependent blocks',
  ],
  correctnessWarnings: [
    'RFC 7725 §4: the blocked-by link relation value MUST be exactly "blocked-by".',
    '451 is heuristically cacheable; region-specific blocks without Cache-Control can leak across regions.',
  ],
  debugging: [
    'curl -i the URL and read the Link rel="blocked-by" header and the body for the issuing authority.',
    'Repeat from another region (VPN or a remote runner) to see whether the block is geographic.',
    'Check the CDN or WAF geo-rules: the block may be implemented at the edge, not the origin.',
  ],
  frameworks: {
    express: `import express from 'express'
import { unavailableForLegalReasons } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/articles/4711', (_req, _res) => {
  // Sets Link: <...>; rel="blocked-by" and the default Cache-Control: no-store.
  throw unavailableForLegalReasons('Withheld under court order 2026-HC-113 (High Court).', {
    blockedBy: 'https://example.com/legal/takedowns',
  })
})
app.use(problemHandler())
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { unavailableForLegalReasons } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/articles/4711', async () => {
  // Sets Link: <...>; rel="blocked-by" and the default Cache-Control: no-store.
  throw unavailableForLegalReasons('Withheld under court order 2026-HC-113 (High Court).', {
    blockedBy: 'https://example.com/legal/takedowns',
  })
})
await app.listen({ port: 3000 })`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class ArticleView(APIView):
    def get(self, request, pk):
        if is_withheld(pk, request):
            return Response({"type": "https://example.com/probs/legal-block", "title": "Unavailable For Legal Reasons",
                             "status": 451, "detail": "Withheld under court order 2026-HC-113."},
                            status=451, content_type="application/problem+json",
                            headers={"Link": '<https://example.com/legal/takedowns>; rel="blocked-by"',
                                     "Cache-Control": "no-store"})
        return Response(load_article(pk))`,
    spring: `@GetMapping("/articles/{id}")
ResponseEntity<?> article(@PathVariable long id) {
    if (legal.isWithheld(id)) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS,
            "Withheld under court order 2026-HC-113.");
        return ResponseEntity.status(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS)
            .header(HttpHeaders.LINK, "<https://example.com/legal/takedowns>; rel=\\"blocked-by\\"")
            .cacheControl(CacheControl.noStore())
            .body(pd);
    }
    return ResponseEntity.ok(articles.find(id));
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/articles/{article_id}")
def article(article_id: int):
    if is_withheld(article_id):
        return JSONResponse({"type": "https://example.com/probs/legal-block", "title": "Unavailable For Legal Reasons",
                             "status": 451, "detail": "Withheld under court order 2026-HC-113."},
                            status_code=451, media_type="application/problem+json",
                            headers={"Link": '<https://example.com/legal/takedowns>; rel="blocked-by"',
                                     "Cache-Control": "no-store"})
    return load_article(article_id)`,
    go: `func article(w http.ResponseWriter, r *http.Request) {
	if isWithheld(r.PathValue("id")) {
		w.Header().Set("Link", \`<https://example.com/legal/takedowns>; rel="blocked-by"\`)
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusUnavailableForLegalReasons)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/legal-block",
			"title": "Unavailable For Legal Reasons", "status": 451, "detail": "Withheld under court order 2026-HC-113."})
		return
	}
	serveArticle(w, r)
}`,
  },
  clientContract: {
    canAssume: [
      'The refusal is due to a legal demand, as the server states.',
      'Retrying will not change the answer while the demand stands.',
    ],
    mustNotAssume: [
      'That the resource is unavailable in every country or network.',
      'That the entity in rel="blocked-by" is the one that issued the demand; it is the one implementing the block.',
    ],
  },
  related: [
    { code: 403, difference: '403 refuses for authorization or policy reasons; 451 specifically cites a legal demand.' },
    { code: 404, difference: '404 says nothing is there; 451 admits the resource exists but is withheld by law.' },
    { code: 410, difference: '410 means permanently removed; a 451 block can be lifted and may be regional.' },
  ],
  faq: [
    {
      question: 'Why the number 451?',
      answer: 'A reference to Ray Bradbury\'s novel Fahrenheit 451, about censorship and book burning.',
    },
    {
      question: 'Can an ISP, not the origin, send 451?',
      answer: 'Yes. RFC 7725 expects intermediaries implementing a block to send it, identifying themselves with rel="blocked-by".',
    },
  ],
  references: ['RFC 7725 §3', 'RFC 7725 §4', 'RFC 8288 §3'],
}
