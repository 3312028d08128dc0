import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for 507 Insufficient Storage (RFC 4918 §11.5, WebDAV).
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(507).whenNotToUse
 * ```
 */
export const status507: GuideEntry = {
  code: 507,
  summary: 'The server cannot store the representation needed to complete the request (WebDAV); the condition is considered temporary.',
  meaning:
    'RFC 4918 §11.5: the method could not be performed on the resource because the server is unable to store the ' +
    'representation needed to successfully complete the request. The condition is considered temporary. If the ' +
    'request resulted from a user action, it MUST NOT be repeated until the user requests it again. It is a WebDAV ' +
    'code, used for PUT, MKCOL, COPY and PROPPATCH when the disk or the user\'s quota is full.',
  guarantees: [
    'The write was not completed because storage ran out.',
    'The server considers the condition temporary (space may be freed).',
  ],
  doesNotGuarantee: [
    'Whether the limit is the server\'s disk or this user\'s quota, unless the body says so.',
    'That partial data was cleaned up after a failed large upload.',
  ],
  whenToUse: [
    'A WebDAV PUT would exceed the user\'s storage quota (DAV:quota-available-bytes reaches 0).',
    'The server\'s volume is full and an upload or MKCOL cannot be written.',
    'A PROPPATCH cannot store more dead properties because of a per-resource limit.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 507 when the uploaded file exceeds a per-request size limit',
      consequence: 'Clients wait for space to be freed instead of sending a smaller file.',
      instead: '413 Content Too Large',
    },
    {
      misuse: 'Returning 507 for a plan limit on the number of objects (not bytes)',
      consequence: 'Clients think the server has a storage incident.',
      instead: '403 Forbidden or 409 Conflict with a problem type naming the plan limit',
    },
    {
      misuse: 'Auto-retrying the upload in a loop after 507',
      consequence: 'Violates RFC 4918 §11.5 for user-initiated requests and wastes bandwidth until space appears.',
      instead: 'Stop and ask the user to free space or retry later',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'A problem+json or DAV:error body saying whether the server disk or the user quota is exhausted.',
      ifMissing: 'Users cannot tell whether deleting their own files would help.',
    },
    {
      name: 'Cache-Control',
      why: 'no-store; responses to writes are not cached, but error pages on shared gateways sometimes are.',
      ifMissing: 'Rarely a problem for write methods.',
    },
  ],
  toolInterpretation: {
    browsers: 'Rare; shown as an error page for form uploads.',
    apiClients:
      'WebDAV clients (Nextcloud, Finder, Windows) report "not enough space"; Azure SDK and axios-retry retry all 5xx including 507, which RFC 4918 discourages.',
    crawlers: 'Irrelevant: crawlers do not write.',
    uptimeMonitors: 'A disk-full 507 is a real server incident; alert on it.',
    cdns: 'Passed through.',
  },
  inspectorSignals: [
    'write method (PUT, MKCOL, COPY, PROPPATCH)',
    'body distinguishing server storage from user quota',
  ],
  correctnessWarnings: [
    'RFC 4918 §11.5: a user-initiated request that got 507 MUST NOT be repeated until the user requests it again.',
  ],
  debugging: [
    'PROPFIND the collection for DAV:quota-available-bytes and DAV:quota-used-bytes (RFC 4331).',
    'Check free space on the server volume and inode counts (df -h, df -i).',
    'Look for leftover partial uploads or temp files that filled the disk.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const quotaLeft = new Map<string, number>([['alice', 1_000_000]])
const app = express()
app.put('/dav/:user/:file', express.raw({ limit: '50mb', type: '*/*' }), (req, res) => {
  const left = quotaLeft.get(req.params.user ?? '') ?? 0
  const size = (req.body as Buffer).length
  if (size > left) throw problem(507, \`Upload of \${size} bytes exceeds the \${left} bytes left in your quota.\`, { expose: true })
  res.sendStatus(201)
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const quotaLeft = new Map<string, number>([['alice', 1_000_000]])
const app = Fastify()
await app.register(problemPlugin)
app.put<{ Params: { user: string } }>('/dav/:user/:file', async (req, reply) => {
  const left = quotaLeft.get(req.params.user) ?? 0
  const size = Number(req.headers['content-length'] ?? 0)
  if (size > left) throw problem(507, \`Upload of \${size} bytes exceeds the \${left} bytes left in your quota.\`, { expose: true })
  return reply.code(201).send()
})`,
    django: `from rest_framework.response import Response
from rest_framework.views import APIView

class DavUploadView(APIView):
    def put(self, request, user, name):
        left = quota_left(user)
        size = int(request.headers.get("Content-Length", 0))
        if size > left:
            return Response({"type": "https://example.com/probs/quota-exceeded", "title": "Insufficient Storage",
                             "status": 507, "detail": f"Upload exceeds the {left} bytes left in your quota."},
                            status=507, content_type="application/problem+json")
        store(user, name, request.body)
        return Response(status=201)`,
    spring: `@PutMapping("/dav/{user}/{file}")
ResponseEntity<?> put(@PathVariable String user, @PathVariable String file, @RequestBody byte[] body) {
    long left = quotas.left(user);
    if (body.length > left) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.INSUFFICIENT_STORAGE,
            "Upload exceeds the " + left + " bytes left in your quota.");
        pd.setType(URI.create("https://example.com/probs/quota-exceeded"));
        return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).body(pd);
    }
    storage.put(user, file, body);
    return ResponseEntity.status(HttpStatus.CREATED).build();
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

app = FastAPI()

@app.put("/dav/{user}/{name}")
async def put_file(user: str, name: str, request: Request):
    body = await request.body()
    left = quota_left(user)
    if len(body) > left:
        return JSONResponse({"type": "https://example.com/probs/quota-exceeded", "title": "Insufficient Storage",
                             "status": 507, "detail": f"Upload exceeds the {left} bytes left in your quota."},
                            status_code=507, media_type="application/problem+json")
    store(user, name, body)
    return Response(status_code=201)`,
    go: `func putFile(w http.ResponseWriter, r *http.Request) {
	left := quotaLeft(r.PathValue("user"))
	if r.ContentLength > left {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusInsufficientStorage)
		json.NewEncoder(w).Encode(map[string]any{"type": "https://example.com/probs/quota-exceeded",
			"title": "Insufficient Storage", "status": 507,
			"detail": fmt.Sprintf("Upload exceeds the %d bytes left in your quota.", left)})
		return
	}
	store(w, r)
}`,
  },
  clientContract: {
    canAssume: [
      'The write did not complete.',
      'The condition can clear once space is freed.',
    ],
    mustNotAssume: [
      'That automatic retries are appropriate: RFC 4918 forbids repeating a user action without the user.',
      'That a partial upload was stored and can be resumed.',
    ],
  },
  related: [
    { code: 413, difference: '413: this request is too large for the server\'s per-request limit. 507: storage is full, whatever the request size.' },
    { code: 503, difference: '503: the whole service is temporarily unavailable. 507: only storing more data fails.' },
    { code: 403, difference: '403 with a plan-limit problem type suits quotas that are policy, not capacity.' },
  ],
  faq: [
    {
      question: 'Can a non-WebDAV API use 507?',
      answer: 'Yes, it is registered for any HTTP use; document whether it means the user\'s quota or server capacity.',
    },
  ],
  references: ['RFC 4918 §11.5', 'RFC 4331 §3', 'RFC 4918 §9.7'],
}
