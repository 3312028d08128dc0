import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 423 Locked (RFC 4918 §11.3, WebDAV).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(423).summary
 * ```
 */
export const status423: GuideEntry = {
  code: 423,
  summary: 'The source or destination resource is locked (WebDAV); submit the lock token or wait for the lock to be released.',
  meaning:
    'RFC 4918 §11.3: the source or destination resource of a method is locked. It belongs to WebDAV locking ' +
    '(LOCK/UNLOCK): a client holding a write lock must send its lock token in the If header; any other write is ' +
    'refused with 423. The response SHOULD carry a precondition code in the body such as lock-token-submitted ' +
    '(with the locked URL) or no-conflicting-lock.',
  guarantees: [
    'The write was refused because of an active lock; nothing was changed.',
    'The body (WebDAV error XML) may name the locked resource and the failed precondition.',
  ],
  doesNotGuarantee: [
    'How long the lock will last: the lock\'s Timeout is only visible through PROPFIND lockdiscovery.',
    'That the caller is allowed to break or steal the lock.',
  ],
  whenToUse: [
    'A WebDAV PUT, MOVE, DELETE or PROPPATCH targets a resource write-locked by another principal.',
    'A lock-holding client forgot to send its lock token in the If header.',
    'A LOCK request conflicts with an existing exclusive lock (no-conflicting-lock).',
  ],
  whenNotToUse: [
    {
      misuse: 'Using 423 for an account that is locked after failed logins',
      consequence: 'WebDAV-aware clients look for lock tokens; others do not know how to resolve it.',
      instead: '403 Forbidden with a problem type such as account-locked',
    },
    {
      misuse: 'Using 423 for an optimistic-concurrency version mismatch in a JSON API',
      consequence: 'Clients wait for a lock release that never happens instead of re-reading the resource.',
      instead: '412 Precondition Failed (If-Match sent) or 409 Conflict',
    },
    {
      misuse: 'Returning 423 without saying which resource holds the lock',
      consequence: 'For a MOVE of a collection the client cannot find the locked member.',
      instead: '423 with a lock-token-submitted precondition listing the locked href',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/xml with a DAV:error body (or problem+json in non-WebDAV APIs) names the precondition that failed.',
      ifMissing: 'Clients cannot distinguish a missing token from a conflicting lock.',
    },
    {
      name: 'If (request)',
      why: 'The lock holder must submit its token, e.g. If: (<urn:uuid:...>); its absence is the usual cause of 423.',
      ifMissing: 'Even the lock owner is refused.',
    },
  ],
  toolInterpretation: {
    browsers: 'Rarely seen outside WebDAV; fetch() resolves with ok === false.',
    apiClients:
      'WebDAV clients (Finder, Windows Mini-Redirector, davfs2, rclone) report the file as locked; ky, got and undici do not retry it, octokit retries it blindly.',
    crawlers: 'Irrelevant: crawlers do not perform locked writes.',
    uptimeMonitors: 'Not an availability signal.',
    cdns: 'Passed through; WebDAV write methods are never cached.',
  },
  inspectorSignals: [
    'method is a write (PUT, DELETE, MOVE, COPY, PROPPATCH, LOCK)',
    'DAV:error body with lock-token-submitted or no-conflicting-lock',
    'request carried an If header with a lock token or not',
  ],
  correctnessWarnings: [
    'RFC 4918 §11.3 asks for a precondition code in the body; a bare 423 leaves clients guessing.',
    'Stale locks (client crashed before UNLOCK) cause 423 until the lock Timeout expires; set finite lock timeouts.',
  ],
  debugging: [
    'Run PROPFIND with Depth: 0 and ask for DAV:lockdiscovery to see the lock owner, token and timeout.',
    'Check the request\'s If header: does it carry the token of the lock this client holds?',
    'For MOVE/DELETE on collections, look at the href in the error body: the lock may be on a member.',
    'If the lock is stale, wait for its timeout or have an administrator UNLOCK it with the token.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const locks = new Map<string, string>() // path -> lock token
const app = express()
app.put('/files/:name', (req, res) => {
  const token = locks.get(req.path)
  if (token !== undefined && !(req.get('if') ?? '').includes(token)) {
    throw problem(423, 'The file is locked; submit its lock token in the If header.', { extensions: { lockedHref: req.path } })
  }
  res.sendStatus(204)
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const locks = new Map<string, string>() // path -> lock token
const app = Fastify()
await app.register(problemPlugin)
app.put('/files/:name', async (req, reply) => {
  const token = locks.get(req.url)
  const ifHeader = req.headers['if']
  if (token !== undefined && !(typeof ifHeader === 'string' && ifHeader.includes(token))) {
    throw problem(423, 'The file is locked; submit its lock token in the If header.', { extensions: { lockedHref: req.url } })
  }
  return reply.code(204).send()
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class FileView(APIView):
    def put(self, request, name):
        lock = Lock.objects.filter(path=request.path).first()
        if lock and lock.token not in request.headers.get("If", ""):
            return Response({"type": "https://example.com/probs/locked", "title": "Locked", "status": 423,
                             "detail": "The file is locked; submit its lock token.", "lockedHref": request.path},
                            status=423, content_type="application/problem+json")
        save_file(name, request.data)
        return Response(status=204)`,
    spring: `@PutMapping("/files/{name}")
ResponseEntity<?> put(@PathVariable String name, @RequestHeader(value = "If", required = false) String ifHeader,
                      HttpServletRequest req) {
    Optional<Lock> lock = locks.find(req.getRequestURI());
    if (lock.isPresent() && (ifHeader == null || !ifHeader.contains(lock.get().token()))) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.LOCKED, "The file is locked; submit its lock token.");
        pd.setProperty("lockedHref", req.getRequestURI());
        return ResponseEntity.status(HttpStatus.LOCKED).body(pd);
    }
    return ResponseEntity.noContent().build();
}`,
    fastapi: `from fastapi import FastAPI, Header, Request
from fastapi.responses import JSONResponse, Response

app = FastAPI()

@app.put("/files/{name}")
def put_file(name: str, request: Request, if_: str | None = Header(default=None, alias="If")):
    token = LOCKS.get(request.url.path)
    if token and (if_ is None or token not in if_):
        return JSONResponse({"type": "https://example.com/probs/locked", "title": "Locked", "status": 423,
                             "detail": "The file is locked; submit its lock token.", "lockedHref": request.url.path},
                            status_code=423, media_type="application/problem+json")
    return Response(status_code=204)`,
    go: `func putFile(w http.ResponseWriter, r *http.Request) {
	if token, ok := locks[r.URL.Path]; ok && !strings.Contains(r.Header.Get("If"), token) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusLocked)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/locked", "title": "Locked",
			"status": 423, "detail": "The file is locked; submit its lock token.", "lockedHref": r.URL.Path})
		return
	}
	w.WriteHeader(http.StatusNoContent)
}`,
  },
  clientContract: {
    canAssume: [
      'No change was made to the locked resource.',
      'Sending the correct lock token (if this client holds the lock) resolves it.',
    ],
    mustNotAssume: [
      'That the lock will be released soon; locks can last until their Timeout.',
      'That retrying without the token will ever work while the lock exists.',
    ],
  },
  related: [
    { code: 409, difference: '409 is a general state conflict; 423 is specifically an active WebDAV lock.' },
    { code: 412, difference: '412 means an If precondition (ETag or lock token) was evaluated and false; 423 means a lock blocks the write.' },
    { code: 424, difference: '424 reports a member that failed because another operation in the same request failed, often a 423.' },
  ],
  faq: [
    {
      question: 'How do I find who holds the lock?',
      answer: 'PROPFIND the resource for DAV:lockdiscovery; it returns the owner, lock token, depth and timeout.',
    },
    {
      question: 'Can I use 423 outside WebDAV?',
      answer:
        'It is registered for any HTTP use, but clients only know how to resolve it when locks are part of the API. Document how to get and release them.',
    },
  ],
  references: ['RFC 4918 §11.3', 'RFC 4918 §6', 'RFC 4918 §10.4', 'RFC 4918 §16'],
}
