import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 422 Unprocessable Content (RFC 9110 §15.5.21).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(422).meaning
 * ```
 */
export const status422: GuideEntry = {
  code: 422,
  summary: 'The content is well-formed and of a supported type, but its values are semantically invalid.',
  meaning:
    'RFC 9110 §15.5.21: the server understands the content type and the content is syntactically correct, but it ' +
    'was unable to process the contained instructions. RFC 9110 moved the code from WebDAV (RFC 4918 §11.2) and ' +
    'renamed it from "Unprocessable Entity" to "Unprocessable Content". Typical case: JSON that parses and matches ' +
    'the media type but breaks business rules (end date before start date, unknown currency).',
  guarantees: [
    'The body parsed and its media type was accepted; the problem is in the values.',
    'The server made no change: the same content will be rejected again.',
    'A well-designed API lists each invalid field (for example as JSON Pointers in an errors array).',
  ],
  doesNotGuarantee: [
    'That every invalid field is reported: some servers stop at the first failure.',
    'That the same content is valid on another server version or for another account.',
    'That fixing the listed fields is enough when later business checks still have to run.',
  ],
  whenToUse: [
    'A JSON order parses correctly but its quantity is negative or its currency code is unknown.',
    'Cross-field rules fail: endDate precedes startDate, or a discount exceeds the order total.',
    'An Idempotency-Key is reused with a different payload (the Idempotency-Key draft recommends 422).',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 422 for a body that is not valid JSON at all',
      consequence: 'Clients look for field errors in a body the server never parsed.',
      instead: '400 Bad Request (malformed syntax)',
    },
    {
      misuse: 'Returning 422 when the values are fine but the resource is in the wrong state or the key already exists',
      consequence: 'Clients tell the user to fix input that is correct; the real fix is to re-read the resource state.',
      instead: '409 Conflict',
    },
    {
      misuse: 'Returning 422 for a Content-Type the endpoint does not accept (XML sent to a JSON API)',
      consequence: 'Clients cannot tell a format negotiation problem from a validation problem.',
      instead: '415 Unsupported Media Type with Accept',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/problem+json with an errors array lets clients map each failure to a form field.',
      ifMissing: 'Clients show one generic message instead of per-field errors.',
    },
    {
      name: 'Content-Language',
      why: 'Validation messages are often localized; declaring the language helps clients that display them.',
      ifMissing: 'Clients may show text in a language the user cannot read without knowing it.',
    },
  ],
  toolInterpretation: {
    browsers: 'fetch() resolves with ok === false; HTML forms show whatever page the server returns.',
    apiClients:
      'Never retried by ky, got, undici or axios-retry; octokit lists 422 in doNotRetry. Generated SDKs usually map ' +
      'it to a ValidationError type.',
    crawlers: 'Rarely seen by crawlers (they send GET without content); irrelevant for indexing.',
    uptimeMonitors: 'Not an availability signal; a spike after a release points to a changed contract.',
    cdns: 'Passed through; responses to POST are not cached.',
  },
  inspectorSignals: [
    'problem+json body with per-field pointers and details',
    'request carried content with a supported Content-Type (otherwise 400/415 fits better)',
    'no Cache-Control freshness on the error',
  ],
  correctnessWarnings: [
    'Old tables call it "Unprocessable Entity"; the current phrase is "Unprocessable Content" (RFC 9110 App. B.3).',
    'Using 500 for validation failures pages on-call and triggers client retries; validation is 400 or 422 (status-facts §5.9).',
  ],
  debugging: [
    'Send the request with curl -i and read the problem body: each error should name a JSON Pointer such as /items/0/quantity.',
    'Validate the payload locally against the published schema (OpenAPI/JSON Schema) to separate syntax from business rules.',
    'Check cross-field and account-specific rules that a schema cannot express (dates, limits, plan features).',
    'If an Idempotency-Key is involved, compare the payload with the one first sent under that key.',
  ],
  frameworks: {
    express: `import express from 'express'
import { validationProblem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use(express.json())
app.post('/bookings', (req, res) => {
  const { start, end } = req.body as { start: string; end: string }
  if (Date.parse(end) <= Date.parse(start)) {
    throw validationProblem([{ pointer: '#/end', detail: 'must be after #/start' }], { status: 422, detail: 'end must be after start.' })
  }
  res.status(201).json({ start, end })
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { validationProblem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.post('/bookings', async (req) => {
  const { start, end } = req.body as { start: string; end: string }
  if (Date.parse(end) <= Date.parse(start)) {
    throw validationProblem([{ pointer: '#/end', detail: 'must be after #/start' }], { status: 422, detail: 'end must be after start.' })
  }
  return { ok: true }
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class BookingView(APIView):
    def post(self, request):
        if request.data["end"] <= request.data["start"]:
            return Response(
                {"type": "https://example.com/probs/invalid-booking", "title": "Unprocessable Content",
                 "status": 422, "detail": "end must be after start.",
                 "errors": [{"pointer": "/end", "detail": "must be after /start"}]},
                status=422, content_type="application/problem+json")`,
    spring: `@PostMapping("/bookings")
ResponseEntity<?> create(@RequestBody Booking b) {
    if (!b.end().isAfter(b.start())) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422), "end must be after start.");
        pd.setType(URI.create("https://example.com/probs/invalid-booking"));
        pd.setProperty("errors", List.of(Map.of("pointer", "/end", "detail", "must be after /start")));
        return ResponseEntity.unprocessableEntity().body(pd);
    }
    return ResponseEntity.ok(service.book(b));
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/bookings")
def create_booking(booking: Booking):
    if booking.end <= booking.start:
        return JSONResponse(
            {"type": "https://example.com/probs/invalid-booking", "title": "Unprocessable Content",
             "status": 422, "detail": "end must be after start.",
             "errors": [{"pointer": "/end", "detail": "must be after /start"}]},
            status_code=422, media_type="application/problem+json")`,
    go: `func createBooking(w http.ResponseWriter, r *http.Request) {
	var b struct{ Start, End time.Time }
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil { http.Error(w, "malformed JSON", http.StatusBadRequest); return }
	if !b.End.After(b.Start) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusUnprocessableEntity)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/invalid-booking",
			"title": "Unprocessable Content", "status": 422, "detail": "end must be after start.",
			"errors": []map[string]string{{"pointer": "/end", "detail": "must be after /start"}}})
	}
}`,
  },
  clientContract: {
    canAssume: [
      'Nothing was created or changed.',
      'The error list (when present) points at the fields to correct.',
    ],
    mustNotAssume: [
      'That resending the same body will ever succeed.',
      'That the reported fields are the only invalid ones.',
    ],
  },
  related: [
    { code: 400, difference: '400 is for content that could not be parsed or is syntactically malformed; 422 for parsed content with invalid values.' },
    { code: 409, difference: '409 means valid content that conflicts with the resource\'s current state; fixing input does not help, re-reading state does.' },
    { code: 415, difference: '415 rejects the media type itself; 422 accepted the type and the syntax.' },
  ],
  faq: [
    {
      question: 'Should I use 400 or 422 for validation errors?',
      answer:
        'Both are acceptable. Pick one rule and document it: 400 for unparsable or malformed requests, 422 for parsed content that breaks rules is the common split.',
    },
    {
      question: 'Why does my framework call it "Unprocessable Entity"?',
      answer: 'That was the RFC 4918 name. RFC 9110 renamed it "Unprocessable Content"; the number and meaning did not change.',
    },
  ],
  references: ['RFC 9110 §15.5.21', 'RFC 9110 Appendix B.3', 'RFC 4918 §11.2', 'RFC 9457 §3'],
}
