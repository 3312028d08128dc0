import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 409 Conflict: a request that conflicts with the current state of the target
 * resource (lost update, duplicate unique key, invalid state transition).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(409).related.map((r) => r.code) // includes 412 and 428
 * ```
 */
export const status409: GuideEntry = {
  code: 409,
  summary:
    'The request is well-formed and allowed, but it conflicts with the current state of the target resource; the client must look at that state before trying again.',
  meaning:
    'RFC 9110 §15.5.10: the request could not be completed due to a conflict with the current state of the target resource, in a situation where the user might be able to resolve the conflict and resubmit. The typical causes are an update based on a stale version (lost update), a create that collides with a unique key, and a transition the resource\'s state machine does not allow from where it is now. The server SHOULD send enough information for the client to recognise the source of the conflict, such as the current version and its ETag.',
  guarantees: [
    'The server understood the request and found it syntactically and semantically valid in isolation; only the resource\'s present state blocks it.',
    'The change was not applied: the resource is in the state the conflict body describes, not in the state the client asked for.',
    'The same request could succeed once the state changes or the client rebases its change on the current state (unlike 400 or 422, the request itself is not wrong).',
  ],
  doesNotGuarantee: [
    'That resending the identical request will ever succeed: for a stale version it fails again until the client re-reads and reapplies its change.',
    'That the response names the conflicting field or the current version; that is a SHOULD, so clients must cope with a bare 409.',
    'That the state the client saw in the 409 body is still current when it retries; another writer may win again.',
  ],
  whenToUse: [
    'Optimistic locking without HTTP preconditions: the body carries "version": 6 but the stored row is at version 7 (a concurrent edit would otherwise be lost).',
    'A create or rename would violate a uniqueness constraint: POST /users with an email that is already registered, or a slug that is taken.',
    'An invalid state transition: publishing an article that is already published, cancelling an order that has shipped, deleting a non-empty bucket.',
    'A write that collides with another request holding the same Idempotency-Key that is still being processed (Idempotency-Key draft: "a resource conflict error").',
    'A PUT whose representation is inconsistent with the resource\'s state in a way the user can fix, e.g. moving a folder into its own subfolder.',
  ],
  whenNotToUse: [
    {
      misuse: 'Answering a request whose If-Match or If-Unmodified-Since evaluated false with 409',
      consequence:
        'Clients and caches cannot tell a failed precondition from a domain conflict, and generic conditional-request code (which expects 412) never triggers its refetch path.',
      instead: '412 Precondition Failed (RFC 9110 §13.2.2, §15.5.13)',
    },
    {
      misuse: 'Sending 409 for a PUT or PATCH that arrived without any precondition when the API requires one',
      consequence:
        'The client learns its write lost a race but not that it must send If-Match; it keeps sending unconditional writes that overwrite others.',
      instead: '428 Precondition Required with a body explaining which header to send (RFC 6585 §3)',
    },
    {
      misuse: 'Using 409 for field validation: a malformed email, a negative quantity, an end date before the start date',
      consequence:
        'Clients re-read the resource and retry a request that can never succeed; form UIs show "someone else changed this" instead of the field error.',
      instead: '422 Unprocessable Content, or 400 Bad Request via a validation problem with JSON pointers',
    },
    {
      misuse: 'Returning 409 when the caller lacks permission for the transition (e.g. only admins may archive)',
      consequence:
        'Users are told to refresh and retry; nothing they re-read will change the outcome, and audit logs miss an authorization failure.',
      instead: '403 Forbidden (the state is irrelevant; the caller lacks the right)',
    },
    {
      misuse: 'Returning 409 for a transient database deadlock or lock timeout inside the server',
      consequence:
        'The client is blamed for a server fault and is told to change its request; the server\'s SLO hides the incident.',
      instead: '503 Service Unavailable with Retry-After, or retry the transaction inside the server',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/problem+json tells the client the body is an RFC 9457 problem it can read type, detail and extensions from.',
      ifMissing: 'Clients fall back to the status alone and cannot tell a version conflict from a duplicate key.',
    },
    {
      name: 'ETag',
      why: 'The current entity tag of the resource (when the conflict is about its version): the validator the client puts in If-Match on its retry.',
      ifMissing: 'The client needs an extra GET before it can make its retry conditional, widening the race window.',
    },
    {
      name: 'Cache-Control',
      why: 'no-store keeps the conflict, which describes a passing state, out of shared and browser caches.',
      ifMissing: 'A cache configured to store errors could replay an outdated conflict after the state has changed.',
    },
    {
      name: 'Link',
      why: 'For a duplicate create, a link to the existing resource (Link: </users/17>; rel="related", or an extension member in the body) lets the client fetch or reuse it; Location is defined only for 201 and 3xx.',
      ifMissing: 'The client has to search for the resource it collided with.',
    },
  ],
  toolInterpretation: {
    browsers:
      'A 409 to a form POST is shown as whatever the body renders; fetch() resolves with ok === false. Browsers never retry it.',
    apiClients:
      'ky, got, axios-retry, undici and curl do not retry 409. Stripe and Octokit SDKs do retry it (Stripe keys every POST), and Envoy\'s retriable-4xx covers 409 with a warning that an optimistic-lock 409 fails again.',
    crawlers:
      'Crawlers issue GETs, which should never conflict; a 409 on a GET page is treated as a client error and the URL is dropped from the index if it persists.',
    uptimeMonitors:
      'A synthetic check that writes (e.g. creates the same test user every run) will hit 409 on the second run; monitors should use unique keys or only read.',
    cdns:
      'Not heuristically cacheable; CDNs pass it through. It only gets cached if the origin adds explicit freshness, which it should not.',
  },
  inspectorSignals: [
    'A problem+json body whose type distinguishes the kind of conflict (version, duplicate, state) rather than about:blank.',
    'Resolution data: a current version or state in an extension member, and an ETag header on version conflicts.',
    'Whether the request carried If-Match or If-Unmodified-Since (then 412 was due) or Idempotency-Key (then the 409 means a concurrent duplicate).',
    'The method: a 409 on GET or HEAD usually means a misused code.',
    'Cache-Control on the 409: explicit freshness (max-age, public) is suspicious for a state-dependent error.',
  ],
  correctnessWarnings: [
    '409 without any explanatory body: RFC 9110 §15.5.10 says the server SHOULD generate content that lets the user recognise the source of the conflict.',
    '409 in response to a request that carried a failing If-Match: the precondition result is 412 (RFC 9110 §13.2.2).',
    'A problem+json body whose status member is not 409 (RFC 9457 §3.1.2 requires the same code as the HTTP response).',
    'Clients that blindly repeat the same PUT after a version 409 overwrite nothing but loop forever; retries must be rebased on fresh state.',
  ],
  debugging: [
    'Reproduce with curl -i and read the problem body: the type or detail should say whether it is a version, duplicate-key or state conflict.',
    'Compare the version or ETag you sent (body field, If-Match) with the ETag and currentVersion the 409 returns; a mismatch means another writer got there first.',
    'GET the resource with curl -i to see its current representation and ETag, and check its state field against the transition you attempted.',
    'For a duplicate key, search the collection for the unique value (email, slug) you sent; check whether your own earlier request already created it.',
    'If the request had an Idempotency-Key, look for a still-running request with the same key (client logs, a double-clicked button, a retrying proxy).',
    'On the server, find the constraint or state check that raised the conflict (unique index name, state machine guard) in the logs for the request id.',
  ],
  frameworks: {
    express: `import express from 'express'
import { conflict, preconditionFailed } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const doc = { version: 7, title: 'Draft' }
const etag = (): string => '"' + doc.version + '"'
const app = express()
app.use(express.json())
app.patch('/docs/42', (req, res) => {
  const ifMatch = req.get('if-match') // a failed HTTP precondition is 412, not 409
  if (ifMatch !== undefined && ifMatch !== etag()) throw preconditionFailed('Stale If-Match.', { headers: { etag: etag() } })
  if (ifMatch === undefined && req.body?.version !== doc.version) {
    throw conflict('You edited version ' + String(req.body?.version) + '; the document is at ' + doc.version + '.', {
      type: 'https://example.com/probs/version-conflict', title: 'Version conflict',
      extensions: { currentVersion: doc.version }, headers: { etag: etag() },
    })
  }
  doc.version += 1
  res.set('etag', etag()).json(doc)
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { conflict } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const emails = new Set(['ada@example.com'])
const app = Fastify()
await app.register(problemPlugin)
app.post<{ Body: { email: string } }>('/users', async (req, reply) => {
  if (emails.has(req.body.email)) {
    throw conflict('A user with this email already exists.', {
      type: 'https://example.com/probs/duplicate-email',
      title: 'Duplicate email',
      extensions: { field: 'email' },
    })
  }
  emails.add(req.body.email)
  return reply.code(201).send({ email: req.body.email })
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView
from .models import Document

class DocumentView(APIView):
    def patch(self, request, pk):
        sent = request.data.get("version")
        # Compare-and-set in one UPDATE: no window for a lost update.
        if Document.objects.filter(pk=pk, version=sent).update(
                title=request.data["title"], version=sent + 1) == 0:
            current = Document.objects.get(pk=pk).version
            return Response(
                {"type": "https://example.com/probs/version-conflict", "title": "Version conflict",
                 "status": 409, "detail": f"Version {sent} is stale; current is {current}.",
                 "currentVersion": current},
                status=409, content_type="application/problem+json",
                headers={"ETag": f'"{current}"'})
        return Response({"version": sent + 1})`,
    spring: `class StaleVersion extends RuntimeException {
    final long current;
    StaleVersion(long current) { this.current = current; }
}

@RestControllerAdvice
class ConflictAdvice {
    @ExceptionHandler(StaleVersion.class)
    ResponseEntity<ProblemDetail> onStale(StaleVersion ex) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
            "The document changed since you read it; re-read it and reapply your change.");
        pd.setType(URI.create("https://example.com/probs/version-conflict"));
        pd.setTitle("Version conflict");
        pd.setProperty("currentVersion", ex.current);
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(Long.toString(ex.current))
            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel

app = FastAPI()
docs = {42: {"version": 7, "title": "Draft"}}

class Patch(BaseModel):
    version: int
    title: str

@app.patch("/docs/{doc_id}")
def patch_doc(doc_id: int, body: Patch):
    doc = docs[doc_id]
    if body.version != doc["version"]:
        return JSONResponse(status_code=409, media_type="application/problem+json",
            headers={"ETag": f'"{doc["version"]}"'},
            content={"type": "https://example.com/probs/version-conflict", "title": "Version conflict",
                     "status": 409, "detail": "The document changed; re-read it and retry.",
                     "currentVersion": doc["version"]})
    doc.update(version=body.version + 1, title=body.title)
    return doc`,
    go: `func publish(w http.ResponseWriter, r *http.Request) {
	a := articles[r.PathValue("id")]
	if a.State == "published" {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusConflict)
		json.NewEncoder(w).Encode(map[string]any{
			"type": "https://example.com/probs/invalid-transition", "title": "Invalid state transition",
			"status": 409, "detail": "The article is already published.", "currentState": a.State,
		})
		return
	}
	a.State = "published"
	w.WriteHeader(http.StatusNoContent)
}`,
  },
  clientContract: {
    canAssume: [
      'Nothing was changed by this request; the resource is still in the state the server describes.',
      'Re-reading the resource (GET, new ETag), reapplying the user\'s change to it and resending with If-Match set to that ETag is the way forward for a version conflict.',
      'If the request carried an Idempotency-Key, the 409 means a request with the same key is still in flight: wait and resend the same request with the same key, unchanged.',
    ],
    mustNotAssume: [
      'That resending the same body unchanged will succeed (outside the Idempotency-Key case).',
      'That the conflict is transient like a 503: a duplicate email or a shipped order stays in conflict until something else changes.',
      'That the client\'s change can be merged automatically: if both edits touch the same fields, the user has to decide.',
    ],
  },
  related: [
    {
      code: 412,
      difference:
        'The client sent a precondition (If-Match, If-Unmodified-Since) and it evaluated false. Same situation as a version 409, but detected by the HTTP layer from headers; prefer it when the client uses ETags.',
    },
    {
      code: 428,
      difference:
        'The server requires a conditional request and none was sent. It asks the client to add If-Match before any conflict can even be checked.',
    },
    {
      code: 422,
      difference:
        'The content is invalid whatever the resource\'s state (an end date before its start). Re-reading the resource does not help; fixing the request does.',
    },
    {
      code: 400,
      difference:
        'The request is malformed (unparseable JSON, wrong types, bad query syntax). It never reached the point of comparing with the stored state.',
    },
    {
      code: 423,
      difference:
        'WebDAV: the resource is locked by an explicit lock. 409 is about the resource\'s data or state, not about a lock someone holds.',
    },
    {
      code: 403,
      difference:
        'The caller is not allowed to perform the operation at all. 409 means it is allowed, just not from the current state.',
    },
  ],
  faq: [
    {
      question: 'Should a client retry a 409?',
      answer:
        'Not as is. For a version conflict: GET the resource, reapply the change to the new representation, and resend with If-Match carrying the new ETag. For a duplicate key or an invalid transition: change the request or ask the user. The one exception is a 409 on a request with an Idempotency-Key: back off and resend it unchanged, with the same key.',
    },
    {
      question: 'I use ETags. Is a stale If-Match a 409 or a 412?',
      answer:
        '412. The precondition is evaluated before the method (RFC 9110 §13.2.2) and its failure has its own code. Use 409 when the version travels in the body, or for conflicts that no precondition expresses (duplicates, state transitions).',
    },
    {
      question: 'Duplicate email on sign-up: 409 or 422?',
      answer:
        '409: the email is valid, it just collides with an existing account. Mind account enumeration: on public sign-up endpoints some APIs answer 202 and send an email instead of revealing that the address exists.',
    },
    {
      question: 'What should the body contain?',
      answer:
        'A problem+json document with a specific type (e.g. /probs/version-conflict), a detail a human can act on, and extension members to resolve it: currentVersion or currentState, the conflicting field, a link to the existing resource. Send the current ETag as a header.',
    },
  ],
  references: [
    'RFC 9110 §15.5.10',
    'RFC 9110 §13.1.1',
    'RFC 9110 §13.2.2',
    'RFC 6585 §3',
    'RFC 9457 §3',
    'draft-ietf-httpapi-idempotency-key-header-06',
  ],
}
