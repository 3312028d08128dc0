import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 506 Variant Also Negotiates (RFC 2295 §8.1).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(506).meaning
 * ```
 */
export const status506: GuideEntry = {
  code: 506,
  summary: 'Transparent content negotiation is misconfigured: the chosen variant is itself negotiable, creating a loop.',
  meaning:
    'RFC 2295 §8.1 (Transparent Content Negotiation, Experimental): the server has an internal configuration error. ' +
    'The chosen variant resource is configured to engage in transparent content negotiation itself, and is therefore ' +
    'not a proper end point in the negotiation process. In practice it comes from Apache mod_negotiation type maps or ' +
    'MultiViews setups that point a variant back at a negotiable resource.',
  guarantees: [
    'The server is misconfigured; the request itself is fine.',
    'No representation was selected or returned.',
  ],
  doesNotGuarantee: [
    'That changing Accept headers avoids it; the loop is in the server configuration.',
    'That the misconfiguration is limited to this one URL.',
  ],
  whenToUse: [
    'An Apache type map (.var file) lists a variant URI that is itself a type map or MultiViews resource.',
    'A content-negotiating server detects that its selected variant would negotiate again (RFC 2295 §8.1).',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 506 when no representation matches the client\'s Accept header',
      consequence: 'Clients see a server fault for what is a negotiation mismatch.',
      instead: '406 Not Acceptable, or the default representation with 200',
    },
    {
      misuse: 'Using 506 for application-level negotiation loops, such as API version redirects that point at each other',
      consequence: 'RFC 2295 semantics do not apply; clients and tools do not recognize it.',
      instead: '500 Internal Server Error (or 508 for WebDAV binding loops)',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'A generic problem+json body; the configuration details belong in the server log.',
      ifMissing: 'Clients get an unparseable error page.',
    },
    {
      name: 'Vary',
      why: 'Negotiated responses must send Vary; check the variant configuration whenever 506 appears.',
      ifMissing: 'Caches may mix representations once the loop is fixed.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show the error page; TCN (Alternates, Negotiate headers) is not implemented by modern browsers.',
    apiClients: 'Treated as a generic 5xx; some retry it (axios-retry, octokit), which cannot help.',
    crawlers: 'Treated as a server error; the URL may drop from the index.',
    uptimeMonitors: 'Counted as down; it is a deterministic configuration error, so it fails every check.',
    cdns: 'Passed through; not cached without explicit freshness.',
  },
  inspectorSignals: [
    'Alternates / TCN response headers from a negotiating server',
    'server software (usually Apache with mod_negotiation)',
  ],
  correctnessWarnings: [
    'RFC 2295 is Experimental and TCN is practically unused; a 506 almost always means a broken Apache negotiation setup.',
  ],
  debugging: [
    'curl -i the URL and note the Server header and any Alternates or TCN headers.',
    'Open the type map (.var) or MultiViews directory for the resource and follow each variant URI.',
    'Make every variant a plain file (not another type map) and reload the server.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A negotiator that refuses to pick a variant that would negotiate again.
const variants: Record<string, { negotiable: boolean }> = { '/report.en.html': { negotiable: true } }
const app = express()
app.get('/report', (_req, _res) => {
  const chosen = '/report.en.html'
  if (variants[chosen]?.negotiable) throw problem(506, 'Server negotiation is misconfigured.')
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A negotiator that refuses to pick a variant that would negotiate again.
const variants: Record<string, { negotiable: boolean }> = { '/report.en.html': { negotiable: true } }
const app = Fastify()
await app.register(problemPlugin)
app.get('/report', async () => {
  const chosen = '/report.en.html'
  if (variants[chosen]?.negotiable) throw problem(506, 'Server negotiation is misconfigured.')
  return { variant: chosen }
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class ReportView(APIView):
    def get(self, request):
        variant = choose_variant(request)
        if variant.is_negotiable:
            logger.error("variant %s negotiates again", variant.path)
            return Response({"type": "about:blank", "title": "Variant Also Negotiates", "status": 506,
                             "detail": "Server negotiation is misconfigured."},
                            status=506, content_type="application/problem+json")
        return Response(variant.render())`,
    spring: `@GetMapping("/report")
ResponseEntity<?> report(@RequestHeader HttpHeaders headers) {
    Variant chosen = negotiator.choose(headers.getAccept());
    if (chosen.isNegotiable()) {
        log.error("variant {} negotiates again", chosen.path());
        return ResponseEntity.status(506).body(
            ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(506), "Server negotiation is misconfigured."));
    }
    return ResponseEntity.ok().contentType(chosen.mediaType()).body(chosen.body());
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/report")
def report(request: Request):
    variant = choose_variant(request.headers.get("accept", "*/*"))
    if variant.is_negotiable:
        return JSONResponse({"type": "about:blank", "title": "Variant Also Negotiates", "status": 506,
                             "detail": "Server negotiation is misconfigured."},
                            status_code=506, media_type="application/problem+json")
    return variant.response()`,
    go: `func report(w http.ResponseWriter, r *http.Request) {
	v := chooseVariant(r.Header.Get("Accept"))
	if v.Negotiable {
		log.Printf("variant %s negotiates again", v.Path)
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusVariantAlsoNegotiates)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Variant Also Negotiates",
			"status": 506, "detail": "Server negotiation is misconfigured."})
		return
	}
	v.Serve(w, r)
}`,
  },
  clientContract: {
    canAssume: [
      'The failure is a server configuration error, not caused by the request.',
      'Nothing was changed on the server.',
    ],
    mustNotAssume: [
      'That retrying, with or without backoff, will succeed before an operator fixes the configuration.',
      'That different Accept headers will avoid it.',
    ],
  },
  related: [
    { code: 406, difference: '406: no variant fits the client\'s preferences. 506: the server\'s own variant configuration loops.' },
    { code: 508, difference: '508 is a WebDAV binding loop found while processing a request; 506 is a content-negotiation loop.' },
    { code: 500, difference: '500 is the generic server fault; 506 names a specific negotiation misconfiguration.' },
  ],
  faq: [
    {
      question: 'I never configured content negotiation. Why do I see 506?',
      answer: 'Apache\'s Options MultiViews enables it implicitly; a directory with overlapping file names can trigger it.',
    },
  ],
  references: ['RFC 2295 §8.1', 'RFC 9110 §12', 'RFC 9110 §12.5.5'],
}
