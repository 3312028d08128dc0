import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 406 Not Acceptable: proactive negotiation found no representation matching
 * the request's Accept* headers, and the server chose not to send a default.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(406).whenToUse
 * ```
 */
export const status406: GuideEntry = {
  code: 406,
  summary: 'None of the representations the resource has matches the Accept, Accept-Language or Accept-Encoding the client sent.',
  meaning:
    'RFC 9110 §15.5.7: the target resource has no current representation acceptable to the user agent according to the proactive negotiation header fields received in the request, and the server is unwilling to supply a default. The server SHOULD generate content listing the available representation characteristics so the user or agent can choose. Servers are allowed to ignore Accept and send their default instead (RFC 9110 §12.1), which is often friendlier.',
  guarantees: [
    'The resource exists; it just has no variant matching the negotiation headers.',
    'Nothing was changed (for a safe method).',
  ],
  doesNotGuarantee: [
    'That the body lists the available media types (a SHOULD, often skipped).',
    'That the body itself is in a format the client accepts: the error has to be written in some format.',
  ],
  whenToUse: [
    'GET /reports/7 with Accept: application/pdf on an API that can only produce JSON and CSV, when sending JSON anyway would break the client.',
    'A versioned media type the server no longer produces: Accept: application/vnd.example.v1+json after v1 was retired.',
    'Accept-Language: fr on a legal document that exists only in German and English, where a wrong language is unacceptable.',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering 406 to requests with a broad Accept such as */* or a browser default Accept',
      consequence: 'Browsers and curl users get errors for content the server could have sent.',
      instead: '200 with the default representation',
    },
    {
      misuse: 'Using 406 when the request body has an unsupported media type',
      consequence: 'Clients change their Accept header instead of the Content-Type of what they send.',
      instead: '415 Unsupported Media Type',
    },
    {
      misuse: 'Returning 406 without listing what is available',
      consequence: 'The client cannot pick a working Accept value and has to read the documentation.',
      instead: '406 with a problem+json body naming the available media types',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/problem+json (or the server default format): the client needs to read the list of available types.',
      ifMissing: 'The error body is unreadable, adding to the negotiation failure.',
    },
    {
      name: 'Vary',
      why: 'Vary: Accept (and Accept-Language, Accept-Encoding) on the negotiated resource, so caches keep variants apart.',
      ifMissing: 'A cache can serve the 406 (or a JSON 200) to a client that asked for something else.',
    },
  ],
  toolInterpretation: {
    browsers: 'Rare: browsers send Accept with */*. Seen when a fetch() call sets a narrow Accept the server does not produce.',
    apiClients: 'Not retried. Libraries that set Accept: application/json by default (ky with .json(), axios) hit 406 on endpoints that only serve other formats.',
    crawlers: 'Crawlers send broad Accept headers; a 406 to them indicates an overly strict server and the page is not indexed.',
    uptimeMonitors: 'Monitors that send Accept: application/json to an HTML health page may get 406; align the check\'s headers.',
    cdns: 'Cached per Vary key if the origin sends freshness; without Vary: Accept a cached 406 affects everyone.',
  },
  inspectorSignals: [
    'The request\'s Accept, Accept-Language and Accept-Encoding versus the response\'s Content-Type.',
    'Whether the body lists available representations.',
    'Vary on the negotiated resource.',
  ],
  correctnessWarnings: [
    'RFC 9110 §15.5.7: the response SHOULD list the available representation characteristics.',
    'Negotiated responses without Vary let caches serve the wrong variant (RFC 9110 §12.5.5).',
  ],
  debugging: [
    'Run curl -i -H "Accept: */*" on the URL: if that works, your client\'s Accept header is too narrow.',
    'Print the Accept, Accept-Language and Accept-Encoding your client actually sends (curl -v, devtools).',
    'Read the 406 body for the list of supported types and versions.',
    'Check whether the server rejects q=0 or parameters (charset, version) in the media type.',
  ],
  frameworks: {
    express: `import express from 'express'
import { notAcceptable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/reports/:id', (req, res) => {
  const type = req.accepts(['application/json', 'text/csv'])
  if (type === false) {
    throw notAcceptable('Reports are available as application/json or text/csv.', {
      extensions: { available: ['application/json', 'text/csv'] },
    })
  }
  res.vary('Accept').type(type).send(type === 'text/csv' ? 'id\\n7\\n' : { id: 7 })
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { notAcceptable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/documents/terms', async (req, reply) => {
  const wanted = String(req.headers['accept-language'] ?? 'en')
  if (!/\\b(en|de)\\b/.test(wanted) && !wanted.includes('*')) {
    throw notAcceptable('The terms exist in English and German only.', {
      extensions: { availableLanguages: ['en', 'de'] },
    })
  }
  return reply.header('vary', 'Accept-Language').send({ lang: 'en' })
})`,
    django: `from rest_framework.views import exception_handler

# DRF raises NotAcceptable when no renderer matches Accept.
def problem_handler(exc, context):  # REST_FRAMEWORK["EXCEPTION_HANDLER"]
    response = exception_handler(exc, context)
    if response is not None and response.status_code == 406:
        response.data = {"type": "about:blank", "title": "Not Acceptable", "status": 406,
                         "detail": "Available: application/json, text/csv."}
        response.content_type = "application/problem+json"
    return response`,
    spring: `// Spring throws HttpMediaTypeNotAcceptableException (406) when no converter matches;
// with spring.mvc.problemdetails.enabled=true it is rendered as a ProblemDetail.
@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
ResponseEntity<String> onNotAcceptable(HttpMediaTypeNotAcceptableException ex) {
    // Written by hand: the client did not accept JSON, so bypass message conversion.
    String body = "{\\"type\\":\\"about:blank\\",\\"title\\":\\"Not Acceptable\\",\\"status\\":406,"
        + "\\"detail\\":\\"Available: " + ex.getSupportedMediaTypes() + "\\"}";
    return ResponseEntity.status(406).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
}`,
    fastapi: `from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse, PlainTextResponse

app = FastAPI()
AVAILABLE = ["application/json", "text/csv"]

@app.get("/reports/{report_id}")
def report(report_id: int, accept: str = Header(default="*/*")):
    if "text/csv" in accept:
        return PlainTextResponse(f"id\\n{report_id}\\n", media_type="text/csv", headers={"Vary": "Accept"})
    if "json" in accept or "*/*" in accept:
        return JSONResponse({"id": report_id}, headers={"Vary": "Accept"})
    return JSONResponse(status_code=406, media_type="application/problem+json", content={
        "type": "about:blank", "title": "Not Acceptable", "status": 406,
        "detail": "Reports are available as JSON or CSV.", "available": AVAILABLE})`,
    go: `func report(w http.ResponseWriter, r *http.Request) {
	accept := r.Header.Get("Accept")
	w.Header().Set("Vary", "Accept")
	if accept != "" && !strings.Contains(accept, "json") && !strings.Contains(accept, "*/*") {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusNotAcceptable)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Not Acceptable",
			"status": 406, "detail": "Reports are available as application/json.",
			"available": []string{"application/json"}})
		return
	}
	json.NewEncoder(w).Encode(map[string]int{"id": 7})
}`,
  },
  clientContract: {
    canAssume: [
      'The resource exists, in formats or languages other than the ones requested.',
      'Relaxing the Accept* headers (or adding */* with a low q) will get a representation.',
    ],
    mustNotAssume: [
      'That the server will ever produce the requested format.',
      'That the error body is in a format the client asked for.',
    ],
  },
  related: [
    { code: 415, difference: 'About the request content\'s format (Content-Type), not the response format (Accept).' },
    { code: 300, difference: 'Reactive negotiation: the server lists alternatives and lets the client pick, as a success.' },
    { code: 404, difference: 'There is no resource at all, in any format.' },
  ],
  faq: [
    {
      question: 'Should my API answer 406 or just send JSON?',
      answer: 'If the client explicitly asked for something you cannot produce and a different format would break it, 406. If Accept is broad or absent, send your default. RFC 9110 allows either; most public APIs ignore Accept rather than fail.',
    },
    {
      question: 'Why does my HTTP client get 406 from a JSON endpoint?',
      answer: 'It probably sends a narrow default Accept (text/html, a vendor media type) or gives JSON q=0. Send Accept: application/json explicitly.',
    },
  ],
  references: ['RFC 9110 §15.5.7', 'RFC 9110 §12.1', 'RFC 9110 §12.5.1', 'RFC 9110 §12.5.5'],
}
