import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 428 Precondition Required (RFC 6585 §3).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(428).related
 * ```
 */
export const status428: GuideEntry = {
  code: 428,
  summary: 'The server requires this request to be conditional (If-Match) to prevent lost updates, and none was sent.',
  meaning:
    'RFC 6585 §3: the origin server requires the request to be conditional. It prevents the "lost update" problem: ' +
    'a client GETs a resource, modifies it and PUTs it back while a third party changed it in between. By requiring ' +
    'If-Match (or If-Unmodified-Since), the server makes every write prove it is based on the current version. The ' +
    'response SHOULD explain how to resubmit, and MUST NOT be stored by a cache.',
  guarantees: [
    'The request was not applied.',
    'Resending it with a valid precondition (the current ETag in If-Match) is what the server expects.',
    'No cache stores the 428.',
  ],
  doesNotGuarantee: [
    'That the conditional retry will succeed: if the resource changed meanwhile, it gets 412.',
    'That the client\'s intended change is still valid on the current version.',
  ],
  whenToUse: [
    'A PUT or PATCH to a shared document arrives without If-Match, and the API mandates optimistic concurrency.',
    'A DELETE of a versioned configuration object arrives without a validator.',
    'A client library is known to overwrite blindly, and the API starts enforcing conditional writes.',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering 428 when the client did send If-Match but its ETag is stale',
      consequence: 'The client adds a header it already sent and loops; it should re-read instead.',
      instead: '412 Precondition Failed',
    },
    {
      misuse: 'Answering 428 when the write conflicts with the current state for a business reason',
      consequence: 'Clients add If-Match and still fail, without learning the actual conflict.',
      instead: '409 Conflict with a body describing the conflict',
    },
    {
      misuse: 'Requiring preconditions without ever sending ETag or Last-Modified on GET',
      consequence: 'Clients have no validator to put in If-Match and cannot comply.',
      instead: 'Send ETag on every GET of a writable resource before enforcing 428',
    },
  ],
  criticalHeaders: [
    {
      name: 'ETag (on the preceding GET)',
      why: 'The validator the client must echo in If-Match; 428 is unanswerable without it.',
      ifMissing: 'Clients cannot make the request conditional at all.',
    },
    {
      name: 'Cache-Control',
      why: '428 MUST NOT be stored (RFC 6585 §3); send no-store and no freshness.',
      ifMissing: 'Older caches could replay the 428 to conditional requests that should succeed.',
    },
    {
      name: 'Content-Type',
      why: 'A problem+json body should say which header is required and how to get the validator.',
      ifMissing: 'Developers must guess between If-Match and If-Unmodified-Since.',
    },
  ],
  toolInterpretation: {
    browsers: 'No automatic handling; fetch() resolves with ok === false.',
    apiClients:
      'ky, got and undici do not retry it (octokit does, without adding a precondition). Well-built SDKs GET the resource, take its ETag, and resend with If-Match; others surface the error.',
    crawlers: 'Irrelevant: crawlers do not send writes.',
    uptimeMonitors: 'Not an availability signal; a spike means a client integration ignores the concurrency contract.',
    cdns: 'Must not cache it; passed through like other responses to unsafe methods.',
  },
  inspectorSignals: [
    'request lacked If-Match and If-Unmodified-Since',
    'method is a write (PUT, PATCH, DELETE)',
    'no explicit freshness on the 428',
    'the resource\'s GET returns an ETag clients can use',
  ],
  correctnessWarnings: [
    '428 vs 412: 428 when the precondition header is absent but required, 412 when present and false (status-facts §5.16).',
    '428 MUST NOT be stored by a cache (RFC 6585 §3); explicit freshness on it is a bug (status-facts §5.11).',
  ],
  debugging: [
    'curl -i the resource with GET and note its ETag.',
    'Resend the write with -H \'If-Match: "<etag>"\' and check it succeeds (or returns 412 if someone else changed it).',
    'Find the client code path that writes without a validator and make it carry the ETag from its last read.',
  ],
  frameworks: {
    express: `import express from 'express'
import { preconditionRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use(express.json())
app.put('/documents/:id', (req, res) => {
  if (req.get('if-match') === undefined) {
    throw preconditionRequired('Send If-Match with the ETag from your last GET of this document.')
  }
  res.sendStatus(204)
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { preconditionRequired } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.put('/documents/:id', async (req, reply) => {
  if (req.headers['if-match'] === undefined) {
    throw preconditionRequired('Send If-Match with the ETag from your last GET of this document.')
  }
  return reply.code(204).send()
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class DocumentView(APIView):
    def put(self, request, pk):
        if "If-Match" not in request.headers:
            return Response({"type": "https://example.com/probs/precondition-required",
                             "title": "Precondition Required", "status": 428,
                             "detail": "Send If-Match with the ETag from your last GET."},
                            status=428, content_type="application/problem+json",
                            headers={"Cache-Control": "no-store"})
        return update_if_match(pk, request)`,
    spring: `@PutMapping("/documents/{id}")
ResponseEntity<?> put(@PathVariable long id, @RequestBody Document doc,
                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    if (ifMatch == null) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
            "Send If-Match with the ETag from your last GET.");
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).cacheControl(CacheControl.noStore()).body(pd);
    }
    return documents.updateIfMatch(id, ifMatch, doc);
}`,
    fastapi: `from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse

app = FastAPI()

@app.put("/documents/{doc_id}")
def put_document(doc_id: int, doc: Document, if_match: str | None = Header(default=None)):
    if if_match is None:
        return JSONResponse({"type": "https://example.com/probs/precondition-required",
                             "title": "Precondition Required", "status": 428,
                             "detail": "Send If-Match with the ETag from your last GET."},
                            status_code=428, media_type="application/problem+json",
                            headers={"Cache-Control": "no-store"})
    return update_if_match(doc_id, if_match, doc)`,
    go: `func putDocument(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-Match") == "" {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusPreconditionRequired)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/precondition-required",
			"title": "Precondition Required", "status": 428,
			"detail": "Send If-Match with the ETag from your last GET."})
		return
	}
	updateIfMatch(w, r)
}`,
  },
  clientContract: {
    canAssume: [
      'Nothing was written.',
      'A GET of the resource returns the validator to put in If-Match.',
    ],
    mustNotAssume: [
      'That adding If-Match: * is an acceptable shortcut; it defeats the lost-update protection the server asked for.',
      'That the conditional retry cannot fail with 412.',
    ],
  },
  related: [
    { code: 412, difference: '412: the client sent If-Match (or If-Unmodified-Since) and it evaluated false. 428: it sent none but one is required.' },
    { code: 409, difference: '409 is a conflict with the resource state the client must resolve; 428 only asks for a precondition header.' },
    { code: 400, difference: '400 is a malformed request; a missing precondition has its own code, 428.' },
  ],
  faq: [
    {
      question: 'What does the client do after 428?',
      answer:
        'GET the resource (or reuse the ETag of its last read), reapply its change, and resend with If-Match: "<etag>". A 412 then means someone else changed it.',
    },
    {
      question: 'Why not simply accept unconditional writes?',
      answer: 'Two clients editing the same resource would silently overwrite each other; 428 forces each write to name the version it is based on.',
    },
  ],
  references: ['RFC 6585 §3', 'RFC 9110 §13.1.1', 'RFC 9110 §13.2.2', 'RFC 9110 §8.8.3'],
}
