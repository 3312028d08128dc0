import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 300 Multiple Choices: reactive negotiation; the client picks one of several
 * representations.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(300).requiredHeaders[0]?.condition // 'when the server has a preferred choice'
 * ```
 */
export const status300: GuideEntry = {
  code: 300,
  summary: 'The resource has several representations, each at its own URI; the response lists them so the client (or user) can choose, with Location naming the server\'s preference if it has one.',
  meaning:
    'RFC 9110 §15.4.1: the target resource has more than one representation, each with its own more specific identifier, and information about the alternatives is provided so that the user or user agent can select one by redirecting its request to it (reactive negotiation, §12.1). If the server has a preferred choice it SHOULD send its URI in Location, which a user agent MAY follow automatically. For methods other than HEAD the server SHOULD send content listing the alternatives; no format is standardised. 300 is heuristically cacheable.',
  guarantees: [
    'Each alternative listed is a distinct representation of the resource with its own URI.',
    'If Location is present, it is the alternative the server prefers.',
  ],
  doesNotGuarantee: [
    'That the client will follow anything automatically: browsers and fetch() do not treat 300 as a redirect.',
    'A machine-readable format for the list; each server chooses its own (HTML links, JSON, Link headers).',
  ],
  whenToUse: [
    'A document available in several languages or formats where the server cannot choose well from Accept-Language or Accept, and a human should pick.',
    'A short identifier that is ambiguous (a DOI or a product code matching several records), listing the candidates with their URIs.',
  ],
  whenNotToUse: [
    {
      misuse: 'Using 300 where the server can choose from Accept or Accept-Language headers',
      consequence: 'Every client needs an extra round trip and custom code to pick; automated clients get stuck.',
      instead: '200 OK with proactive negotiation and Vary: Accept, Accept-Language',
    },
    {
      misuse: 'Sending 300 with Location and expecting browsers to redirect',
      consequence: 'Browsers and fetch() show the 300 body instead of following; Location is only a hint there.',
      instead: '302 or 307 to the preferred representation, if the choice is the server\'s',
    },
    {
      misuse: 'Using 300 for search results or lists of unrelated resources',
      consequence: 'The alternatives are not representations of one resource; caches store the list as the resource\'s response.',
      instead: '200 OK with the result list as the representation of a search resource',
    },
  ],
  criticalHeaders: [
    {
      name: 'Location',
      why: 'SHOULD name the server\'s preferred choice when it has one (RFC 9110 §15.4.1).',
      ifMissing: 'Clients have no default and must parse the body to choose.',
    },
    {
      name: 'Link',
      why: 'Alternates as Link headers (rel=alternate with hreflang or type) give clients a machine-readable list.',
      ifMissing: 'Only a body in a custom format describes the alternatives.',
    },
    {
      name: 'Vary',
      why: 'If the list depends on request headers, Vary tells caches not to serve it across them.',
      ifMissing: 'A shared cache, which may store a 300 heuristically, serves a list computed for another client.',
    },
  ],
  toolInterpretation: {
    browsers: 'Not followed automatically (300 is not a Fetch redirect status); the body is displayed as the page.',
    apiClients: 'Most clients return the 300 as a final response; few follow Location on it.',
    crawlers: 'Search engines may follow Location; otherwise they treat the page as a list and do not index the alternatives as the resource.',
    uptimeMonitors: 'A check expecting 200 reports a failure; monitors that follow redirects do not follow 300.',
    cdns: 'Heuristically cacheable: may be stored without explicit freshness.',
  },
  inspectorSignals: [
    'A body that lists alternatives with URIs (the SHOULD for non-HEAD requests).',
    'Location pointing at one of the listed alternatives.',
    'Vary on a list computed from request headers.',
  ],
  correctnessWarnings: [
    '300 is heuristically cacheable (RFC 9110 §15.1): add explicit Cache-Control if the list changes.',
    'Browsers will not follow a 300; do not rely on Location for navigation.',
  ],
  debugging: [
    'curl -i the URL and read the body and Location: the alternatives should each have a URI.',
    'curl -i each listed URI: each should answer 200 with its representation.',
    'If users land on a list page unexpectedly, check whether proactive negotiation (Accept-Language) could choose instead.',
  ],
  frameworks: {
    express: `import express from 'express'
import { Status } from 'statuskit'

const variants = [{ lang: 'en', href: '/guide.en.html' }, { lang: 'de', href: '/guide.de.html' }]
const app = express()
app.get('/guide', (_req, res) => {
  res.status(Status.MULTIPLE_CHOICES)
    .location('/guide.en.html') // the server's preference
    .set('link', variants.map((v) => '<' + v.href + '>; rel="alternate"; hreflang="' + v.lang + '"').join(', '))
    .json({ alternatives: variants })
})
app.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const matches = [{ id: 'A-100', href: '/products/A-100' }, { id: 'A-100B', href: '/products/A-100B' }]
const app = Fastify()
app.get('/lookup/A-100', async (_req, reply) => {
  return reply.code(Status.MULTIPLE_CHOICES).send({ alternatives: matches })
})
await app.listen({ port: 3000 })`,
    django: `from django.http import JsonResponse

def guide(request):
    variants = [{"lang": "en", "href": "/guide.en.html"}, {"lang": "de", "href": "/guide.de.html"}]
    response = JsonResponse({"alternatives": variants}, status=300)
    response["Location"] = "/guide.en.html"  # preferred choice
    return response`,
    spring: `@GetMapping("/guide")
ResponseEntity<Map<String, List<Variant>>> guide() {
    List<Variant> variants = List.of(new Variant("en", "/guide.en.html"), new Variant("de", "/guide.de.html"));
    return ResponseEntity.status(HttpStatus.MULTIPLE_CHOICES)
        .location(URI.create("/guide.en.html"))
        .body(Map.of("alternatives", variants));
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/guide")
async def guide():
    variants = [{"lang": "en", "href": "/guide.en.html"}, {"lang": "de", "href": "/guide.de.html"}]
    return JSONResponse({"alternatives": variants}, status_code=300,
                        headers={"Location": "/guide.en.html"})`,
    go: `package main

import (
	"encoding/json"
	"net/http"
)

func guide(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/guide.en.html") // preferred choice
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusMultipleChoices)
	json.NewEncoder(w).Encode(map[string]any{"alternatives": []map[string]string{
		{"lang": "en", "href": "/guide.en.html"}, {"lang": "de", "href": "/guide.de.html"},
	}})
}`,
  },
  clientContract: {
    canAssume: [
      'Each listed URI identifies one representation of the same resource.',
      'Location, when present, is the server\'s preferred alternative.',
    ],
    mustNotAssume: [
      'A standard body format for the list.',
      'That user agents follow the 300 automatically.',
    ],
  },
  related: [
    { code: 302, difference: '302 Found makes the choice for the client and is followed automatically; 300 leaves it to the client.' },
    { code: 406, difference: '406 Not Acceptable: none of the representations matches the request\'s Accept headers; 300 offers them all.' },
    { code: 200, difference: '200 with proactive negotiation (Vary) is what most servers do instead of 300.' },
  ],
  faq: [
    {
      question: 'Do browsers follow Location on a 300?',
      answer: 'No. The Fetch standard only follows 301, 302, 303, 307 and 308; a 300 is displayed like a normal page.',
    },
    {
      question: 'Is there a standard format for the list of choices?',
      answer: 'No. RFC 9110 leaves it open; Link headers with rel=alternate, or an HTML or JSON list of URIs, are common.',
    },
  ],
  references: ['RFC 9110 §15.4.1', 'RFC 9110 §12.1', 'RFC 9110 §15.1'],
}
