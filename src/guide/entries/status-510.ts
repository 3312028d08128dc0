import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 510 Not Extended (RFC 2774, obsoleted).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(510).correctnessWarnings
 * ```
 */
export const status510: GuideEntry = {
  code: 510,
  summary: 'Obsolete: the RFC 2774 extension framework is Historic, so servers must not emit 510.',
  meaning:
    'RFC 2774 §7 (An HTTP Extension Framework, Experimental) defined 510 for "the policy for accessing the resource ' +
    'has not been met in the request", with the server listing the mandatory extensions the client must declare ' +
    '(Man / Opt headers). The framework was never adopted; the IESG moved RFC 2774 to Historic and IANA now marks 510 ' +
    '"(OBSOLETED)". A recipient treats it as a generic 500.',
  guarantees: [
    'A client that does not know RFC 2774 handles it as 500, the x00 of its class (RFC 9110 §15).',
    'The sender relies on a Historic specification; the response carries no interoperable contract.',
  ],
  doesNotGuarantee: [
    'That the client can learn which "extension" is required; almost no client implements RFC 2774.',
    'That the request was not processed, since the sender\'s semantics are private.',
  ],
  whenToUse: [
    'Never for new responses: the code is obsolete (statuskit does not emit it).',
    'Only when reading logs of legacy RFC 2774 implementations, mapping each 510 to the condition it stood for.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 510 because a required request header or API feature flag is missing',
      consequence: 'Clients see a server fault with no usable instructions; monitors count an outage.',
      instead: '400 Bad Request or 428 Precondition Required with a problem type naming what is missing',
    },
    {
      misuse: 'Returning 510 to demand a protocol the client has not negotiated',
      consequence: 'No client understands RFC 2774 Man/Opt declarations.',
      instead: '426 Upgrade Required with Upgrade',
    },
    {
      misuse: 'Returning 510 when a server-side extension or module is not installed',
      consequence: 'Blames the request for a deployment problem.',
      instead: '501 Not Implemented',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'If a legacy service still sends 510, a problem+json body is the only way to explain the condition.',
      ifMissing: 'Clients cannot act on an obsolete code.',
    },
  ],
  toolInterpretation: {
    browsers: 'Shown as an error page; no special handling.',
    apiClients:
      'Treated as a 5xx: axios-retry, octokit and Azure may retry it uselessly; others surface it as a server error.',
    crawlers: 'Treated as a server error.',
    uptimeMonitors: 'Counted as down, although the service may be working as designed.',
    cdns: 'Passed through.',
  },
  inspectorSignals: [
    'emitting an obsolete status code',
    'RFC 2774 Man / Opt / C-Man headers in the exchange',
  ],
  correctnessWarnings: [
    '510 is obsolete (RFC 2774 moved to Historic; IANA "(OBSOLETED)"); do not emit it (status-facts §5.21).',
    'Node\'s http.STATUS_CODES and the statuses package still list "Not Extended" without marking it obsolete.',
  ],
  debugging: [
    'curl -i the URL and find which component sent 510 (Server / Via headers).',
    'Read the body for the "policy" or extension the server expected.',
    'Replace the 510 at its source with 400, 426, 428 or 501, whichever matches that condition.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
// Instead of 510 for a missing required extension header, name the header with 400.
app.use((req, _res, next) => {
  if (req.get('x-api-features') === undefined) throw problem(400, 'Send X-API-Features listing the features you use.')
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
// Instead of 510 for a missing required extension header, name the header with 400.
app.addHook('onRequest', async (req) => {
  if (req.headers['x-api-features'] === undefined) throw problem(400, 'Send X-API-Features listing the features you use.')
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class ReportView(APIView):
    # Not 510: a missing required request header is a client error.
    def get(self, request):
        if "X-API-Features" not in request.headers:
            return Response({"type": "about:blank", "title": "Bad Request", "status": 400,
                             "detail": "Send X-API-Features listing the features you use."},
                            status=400, content_type="application/problem+json")
        return Response(build_report())`,
    spring: `// Not 510: a missing required request header is a client error.
@GetMapping("/reports")
ResponseEntity<?> reports(@RequestHeader(value = "X-API-Features", required = false) String features) {
    if (features == null) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
            "Send X-API-Features listing the features you use."));
    }
    return ResponseEntity.ok(reportService.build(features));
}`,
    fastapi: `from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

# Not 510: a missing required request header is a client error.
@app.get("/reports")
def reports(x_api_features: str | None = Header(default=None)):
    if x_api_features is None:
        return JSONResponse({"type": "about:blank", "title": "Bad Request", "status": 400,
                             "detail": "Send X-API-Features listing the features you use."},
                            status_code=400, media_type="application/problem+json")
    return build_report(x_api_features)`,
    go: `// Not 510: a missing required request header is a client error.
func reports(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-API-Features") == "" {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Bad Request",
			"status": 400, "detail": "Send X-API-Features listing the features you use."})
		return
	}
	writeReport(w, r)
}`,
  },
  clientContract: {
    canAssume: [
      'The response can be handled as a generic 500.',
      'The server\'s body, if any, is the only description of what it expected.',
    ],
    mustNotAssume: [
      'That declaring RFC 2774 extensions will be understood or help.',
      'That retrying unchanged will succeed.',
    ],
  },
  related: [
    { code: 400, difference: '400 with a problem type is the modern way to say a required request element is missing.' },
    { code: 426, difference: '426 with Upgrade asks for a different protocol, which RFC 2774 tried to express with 510.' },
    { code: 501, difference: '501 says the server lacks a feature; 510 claimed the request lacked one.' },
  ],
  faq: [
    {
      question: 'Why is 510 still in my framework\'s enum?',
      answer: 'Tables copied from RFC 2774-era lists were never pruned. IANA marks it obsolete; statuskit flags it as deprecated.',
    },
  ],
  references: ['RFC 2774 §7', 'status-change-http-experiments-to-historic', 'RFC 9110 §15'],
}
