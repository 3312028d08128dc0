import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 412 Precondition Failed: a condition the client put in its request headers
 * (If-Match, If-Unmodified-Since, If-None-Match) evaluated to false.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(412).related.map((r) => r.code) // includes 409 and 428
 * ```
 */
export const status412: GuideEntry = {
  code: 412,
  summary: 'A precondition the client sent (usually If-Match with an ETag) was false, so the server did not apply the request.',
  meaning:
    'RFC 9110 §15.5.13: one or more conditions given in the request header fields evaluated to false when tested on the server. Conditional requests let a client make a state-changing method depend on the resource still being the version it last saw, which prevents lost updates (RFC 9110 §13.1.1). Preconditions are evaluated before the method is performed, in the order of RFC 9110 §13.2.2; an If-None-Match that fails on a GET or HEAD yields 304 instead.',
  guarantees: [
    'The method was not applied: the resource did not match the client\'s precondition.',
    'A precondition was false for the current state of the resource: for If-Match or If-Unmodified-Since, the resource has changed since the client obtained its validator (or is absent, for If-Match: *); for If-None-Match, the resource exists (If-None-Match: *) or its current ETag matches.',
  ],
  doesNotGuarantee: [
    'What the current version is: a 412 may omit the current ETag, so the client may have to GET it.',
    'That the request would succeed unconditionally: it may also violate other rules.',
  ],
  whenToUse: [
    'PUT /docs/42 with If-Match: "v6" when the current ETag is "v7": another client updated the document first.',
    'PUT with If-None-Match: * (create only if absent) on a URI that already has a representation.',
    'DELETE with If-Unmodified-Since older than the resource\'s Last-Modified.',
    'A state-changing request with If-None-Match matching the current ETag (for methods other than GET and HEAD).',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 412 when the client sent no precondition at all but the server requires one',
      consequence: 'The client looks for a failed If-Match it never sent, and keeps sending unconditional writes.',
      instead: '428 Precondition Required',
    },
    {
      misuse: 'Returning 412 for a stale version number carried in the request body, or for business rules such as "order must be unpaid"',
      consequence: 'Generic HTTP clients treat it as an ETag mismatch; the domain reason is lost.',
      instead: '409 Conflict with a problem type describing the conflict',
    },
    {
      misuse: 'Returning 412 for a failed If-None-Match on a GET (cache revalidation)',
      consequence: 'Caches and browsers treat the revalidation as an error instead of reusing their stored copy.',
      instead: '304 Not Modified (RFC 9110 §13.2.2)',
    },
  ],
  criticalHeaders: [
    {
      name: 'ETag',
      why: 'The current entity tag, so the client can rebase its change and retry with If-Match set to it.',
      ifMissing: 'The client needs an extra GET to learn the new validator.',
    },
    {
      name: 'Content-Type',
      why: 'application/problem+json naming the failed precondition and, ideally, the current version.',
      ifMissing: 'The client cannot tell which of several preconditions failed.',
    },
    {
      name: 'Cache-Control',
      why: 'no-store: the answer is only true for this validator at this moment.',
      ifMissing: 'A stored 412 could be replayed for a later, valid conditional request.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers send If-None-Match and If-Modified-Since only on GET revalidation (answered with 304); a 412 shows up for fetch() calls that set If-Match.',
    apiClients: 'Not retried automatically by generic clients. Conditional-write helpers (e.g. Google Cloud Storage ifGenerationMatch) surface it as a precondition failure for the caller to re-read.',
    crawlers: 'Crawlers do not send If-Match; a 412 to a crawler usually means a server bug in precondition handling.',
    uptimeMonitors: 'Not expected on read-only checks; a spike on write endpoints means heavy concurrent editing or a client that caches stale ETags.',
    cdns: 'CDNs forward conditional writes to the origin; for GET some CDNs evaluate If-Match or If-Unmodified-Since themselves and can answer 412 from cache.',
  },
  inspectorSignals: [
    'The request carried If-Match, If-Unmodified-Since, or If-None-Match on a non-GET method (otherwise 412 is wrong).',
    'An ETag on the 412 so the client can retry.',
    'A 412 to a GET with only If-None-Match (should be 304).',
  ],
  correctnessWarnings: [
    '412 without any precondition in the request is misused; the server-requires-a-precondition case is 428 (status-facts §5.16).',
    'Weak ETags (W/"...") must not be used with If-Match: it requires strong comparison (RFC 9110 §13.1.1).',
    'Evaluate If-Match before performing the method; checking after the write defeats lost-update protection.',
  ],
  debugging: [
    'Send the request with curl -i -H \'If-Match: "v6"\' and compare with the current ETag from curl -I on the same URI.',
    'Check whether your ETags are weak (W/...): If-Match with a weak tag never matches.',
    'Check for content encoding or proxies changing the ETag (compression can add a suffix like -gzip).',
    'Look for another writer (a second tab, a background job) that updated the resource between your GET and your write.',
  ],
  frameworks: {
    express: `import express from 'express'
import { preconditionFailed } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const doc = { etag: '"v7"', body: 'Hello' }
const app = express()
app.put('/docs/42', express.text(), (req, res) => {
  const ifMatch = req.get('if-match')
  if (ifMatch !== undefined && ifMatch !== doc.etag && ifMatch !== '*') {
    throw preconditionFailed('If-Match ' + ifMatch + ' does not match the current version.', {
      headers: { etag: doc.etag },
    })
  }
  doc.body = String(req.body)
  doc.etag = '"v' + (Number(doc.etag.slice(2, -1)) + 1) + '"'
  res.set('etag', doc.etag).status(204).end()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { preconditionFailed } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const files = new Map([['a.txt', 'v1']])
const app = Fastify()
await app.register(problemPlugin)
app.put<{ Params: { name: string } }>('/files/:name', async (req, reply) => {
  if (req.headers['if-none-match'] === '*' && files.has(req.params.name)) {
    throw preconditionFailed(req.params.name + ' already exists (If-None-Match: *).')
  }
  files.set(req.params.name, 'v1')
  return reply.code(201).header('etag', '"v1"').send()
})`,
    django: `from django.http import JsonResponse

# django.views.decorators.http.condition() evaluates If-Match / If-Unmodified-Since and answers 412 itself
# (with an empty body). To send problem+json, check explicitly:
def put_doc(request, pk):
    doc = Document.objects.get(pk=pk)
    if request.headers.get("If-Match") not in (None, "*", f'"{doc.version}"'):
        return JsonResponse({"type": "about:blank", "title": "Precondition Failed", "status": 412,
                             "detail": "The document changed since you fetched it."},
                            status=412, content_type="application/problem+json",
                            headers={"ETag": f'"{doc.version}"'})
    doc.apply(request.body)
    return JsonResponse({"version": doc.version}, headers={"ETag": f'"{doc.version}"'})`,
    spring: `@PutMapping("/docs/{id}")
ResponseEntity<?> put(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                      @RequestBody String body) {
    Doc doc = docs.get(id);
    String etag = "\\"" + doc.version() + "\\"";
    if (ifMatch != null && !ifMatch.equals(etag) && !ifMatch.equals("*")) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
            "The document changed since you fetched it.");
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(etag)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
    return ResponseEntity.noContent().eTag("\\"" + docs.update(id, body).version() + "\\"").build();
}`,
    fastapi: `from fastapi import FastAPI, Header, Response
from fastapi.responses import JSONResponse

app = FastAPI()
doc = {"version": 7, "body": "Hello"}

@app.put("/docs/42")
def put_doc(body: dict, if_match: str | None = Header(default=None)):
    etag = f'"v{doc["version"]}"'
    if if_match is not None and if_match not in (etag, "*"):
        return JSONResponse(status_code=412, media_type="application/problem+json", headers={"ETag": etag},
            content={"type": "about:blank", "title": "Precondition Failed", "status": 412,
                     "detail": "The document changed since you fetched it."})
    doc.update(version=doc["version"] + 1, body=body)
    return Response(status_code=204, headers={"ETag": f'"v{doc["version"]}"'})`,
    go: `func putDoc(w http.ResponseWriter, r *http.Request) {
	etag := fmt.Sprintf("\\"v%d\\"", doc.Version)
	if im := r.Header.Get("If-Match"); im != "" && im != etag && im != "*" {
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusPreconditionFailed)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Precondition Failed",
			"status": 412, "detail": "The document changed since you fetched it."})
		return
	}
	doc.Version++
	w.Header().Set("ETag", fmt.Sprintf("\\"v%d\\"", doc.Version))
	w.WriteHeader(http.StatusNoContent)
}`,
  },
  clientContract: {
    canAssume: [
      'The write was not applied, so nothing of the client\'s change needs undoing.',
      'GET the resource for its new ETag, reapply the change to the new representation, then resend with If-Match set to that ETag.',
    ],
    mustNotAssume: [
      'That dropping the If-Match header is a fix: that turns the write into a blind overwrite of someone else\'s change.',
      'That the new ETag in the 412 (if any) reflects content the user has seen; show the user the new state before reapplying conflicting edits.',
    ],
  },
  related: [
    { code: 409, difference: 'A domain conflict with the resource\'s state (version in the body, duplicate key, invalid transition) with no failed HTTP precondition.' },
    { code: 428, difference: 'The client sent no precondition and the server requires one.' },
    { code: 304, difference: 'The result of a false If-None-Match or If-Modified-Since on GET or HEAD: the cached copy is still good.' },
    { code: 416, difference: 'A Range could not be satisfied; If-Range failing just ignores the Range and yields 200.' },
  ],
  faq: [
    {
      question: 'The client sent If-Match and someone else changed the resource. 409 or 412?',
      answer: '412: the HTTP precondition failed, and the precondition check runs before the method (RFC 9110 §13.2.2). 409 is for conflicts no header expresses.',
    },
    {
      question: 'Should the client retry automatically?',
      answer: 'Only by re-reading: GET, merge or reapply, resend with the new ETag. Repeating the same conditional request always fails again.',
    },
  ],
  references: ['RFC 9110 §15.5.13', 'RFC 9110 §13.1.1', 'RFC 9110 §13.1.4', 'RFC 9110 §13.2.2', 'RFC 9110 §8.8.3'],
}
