import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 413 Content Too Large (formerly "Payload Too Large"): the request content is
 * larger than the server is willing or able to process.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(413).criticalHeaders.map((h) => h.name) // includes 'Retry-After'
 * ```
 */
export const status413: GuideEntry = {
  code: 413,
  summary: 'The request body is larger than the server will accept; shrink it, split it, or wait if the limit is temporary.',
  meaning:
    'RFC 9110 §15.5.14: the server refuses to process the request because the request content is larger than it is willing or able to process. The server MAY terminate the request, for instance by closing the connection. If the condition is temporary, the server SHOULD send Retry-After to say that it is temporary and after what time the client MAY try again. RFC 9110 renamed it from "Payload Too Large" (RFC 7231) and "Request Entity Too Large" (RFC 2616).',
  guarantees: [
    'The server did not process the request content.',
    'Without Retry-After, the same body will be rejected again: the limit is a fixed policy.',
  ],
  doesNotGuarantee: [
    'What the limit is, unless the body states it.',
    'That the client can read the 413 at all: the server may close the connection while the client is still uploading, so the client sees a reset.',
    'That the request reached the application: proxies enforce their own limits (nginx client_max_body_size, CDN upload caps).',
  ],
  whenToUse: [
    'An avatar upload of 25 MB when the documented maximum is 5 MB.',
    'A JSON batch request with more bytes than the endpoint\'s body-parser limit (express.json default 100 kB, Fastify bodyLimit default 1 MiB).',
    'A temporary refusal: the user\'s storage quota is momentarily exhausted while a cleanup runs, with Retry-After.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 413 because the request headers or cookies are too large',
      consequence: 'Clients shrink the body, which was never the problem.',
      instead: '431 Request Header Fields Too Large',
    },
    {
      misuse: 'Returning 413 because the URL or query string is too long',
      consequence: 'Clients look for a body to shrink.',
      instead: '414 URI Too Long (or move the parameters into a POST body)',
    },
    {
      misuse: 'Returning 413 for "too many items" in a well-sized body (e.g. 1001 ids in a batch of max 1000)',
      consequence: 'The byte size is fine; clients cannot infer the item limit from a size error.',
      instead: '422 Unprocessable Content (or 400) naming the item limit',
    },
    {
      misuse: 'Returning 413 for a storage quota that is permanently full',
      consequence: 'Clients may keep retrying if a Retry-After is present, or split uploads that still cannot fit.',
      instead: '507 Insufficient Storage (WebDAV) or 403 with a quota problem type',
    },
  ],
  criticalHeaders: [
    {
      name: 'Retry-After',
      why: 'RFC 9110 §15.5.14: SHOULD be sent when the condition is temporary; tells the client when it MAY try again.',
      ifMissing: 'Clients treat the limit as permanent; ky and got retry 413 only when Retry-After is present.',
    },
    {
      name: 'Content-Type',
      why: 'application/problem+json stating the limit (e.g. an extension maxBytes: 5242880).',
      ifMissing: 'Users have to guess how much to shrink.',
    },
    {
      name: 'Connection',
      why: 'close when the server stops reading the remaining body.',
      ifMissing: 'The unread body bytes would be parsed as the next request.',
    },
  ],
  toolInterpretation: {
    browsers: 'If the server closes while the browser is still uploading, the page shows a connection reset instead of the 413 body. fetch() rejects with a network error in the same case.',
    apiClients: 'ky and got retry 413 only with a valid Retry-After; axios-retry and undici do not retry it. Many clients report EPIPE or ECONNRESET when the server closes early.',
    crawlers: 'Not applicable to GET crawling.',
    uptimeMonitors: 'A 413 on an upload check usually means a proxy limit was lowered in a config change.',
    cdns: 'CDNs and load balancers have their own body limits (Cloudflare plan-based, nginx client_max_body_size 1m by default) and send 413 before the origin.',
  },
  inspectorSignals: [
    'Retry-After when the condition is temporary.',
    'Which component answered (nginx HTML, CDN page, application problem+json).',
    'Whether the request body was actually large (a small body with 413 suggests the wrong code).',
  ],
  correctnessWarnings: [
    'A temporary 413 without Retry-After violates a SHOULD (RFC 9110 §15.5.14, status-facts §5.18).',
    'Use the current phrase "Content Too Large"; "Payload Too Large" and "Request Entity Too Large" are legacy names.',
    'Clients should send Expect: 100-continue for large uploads so the server can refuse before the body is sent.',
  ],
  debugging: [
    'Check the body size you send (curl -v shows Content-Length) against the documented limit.',
    'Find the smallest limit on the path: CDN, load balancer, nginx client_max_body_size, body-parser limit in the app.',
    'If the body is HTML, the app never saw the request; check the proxy error log.',
    'If the client reports a connection reset instead of 413, use Expect: 100-continue or check the limit before uploading.',
  ],
  frameworks: {
    express: `import express from 'express'
import { contentTooLarge } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const MAX = 5 * 1024 * 1024
const app = express()
app.post('/avatars', (req, res) => {
  if (Number(req.get('content-length') ?? 0) > MAX) {
    throw contentTooLarge('Avatars are limited to 5 MiB.', {
      extensions: { maxBytes: MAX },
      headers: { connection: 'close' },
    })
  }
  req.resume().on('end', () => { res.status(201).end() })
})
app.use(problemHandler()) // express.json({ limit }) overflows also become 413 problems`,
    fastify: `import Fastify from 'fastify'
import { contentTooLarge } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

let quotaBusy = true // a cleanup job is freeing space
const app = Fastify({ bodyLimit: 1_048_576 }) // larger bodies: 413 via the plugin
await app.register(problemPlugin)
app.post('/uploads', async (_req, reply) => {
  if (quotaBusy) {
    throw contentTooLarge('Storage is being reclaimed; try again shortly.', { retryAfter: 120 })
  }
  return reply.code(201).send()
})`,
    django: `# settings.py: DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024 (Django raises RequestDataTooBig -> 400 by default)
from django.http import JsonResponse

MAX = 5 * 1024 * 1024

def upload_avatar(request):
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX:
        return JsonResponse({"type": "about:blank", "title": "Content Too Large", "status": 413,
                             "detail": "Avatars are limited to 5 MiB.", "maxBytes": MAX},
                            status=413, content_type="application/problem+json")
    return JsonResponse({}, status=201)`,
    spring: `// spring.servlet.multipart.max-file-size=5MB makes Spring throw MaxUploadSizeExceededException
@ExceptionHandler(MaxUploadSizeExceededException.class)
ProblemDetail onTooLarge(MaxUploadSizeExceededException ex) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
        "Avatars are limited to 5 MiB.");
    pd.setTitle("Content Too Large");
    pd.setProperty("maxBytes", 5 * 1024 * 1024);
    return pd;
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
MAX = 5 * 1024 * 1024

@app.post("/avatars")
async def upload_avatar(request: Request):
    if int(request.headers.get("content-length", "0")) > MAX:
        return JSONResponse(status_code=413, media_type="application/problem+json",
            headers={"Connection": "close"},
            content={"type": "about:blank", "title": "Content Too Large", "status": 413,
                     "detail": "Avatars are limited to 5 MiB.", "maxBytes": MAX})
    return JSONResponse({}, status_code=201)`,
    go: `const maxBytes = 5 << 20

func uploadAvatar(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBytes)
	if _, err := io.Copy(io.Discard, r.Body); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Content Too Large",
				"status": 413, "detail": "Avatars are limited to 5 MiB.", "maxBytes": maxBytes})
			return
		}
	}
	w.WriteHeader(http.StatusCreated)
}`,
  },
  clientContract: {
    canAssume: [
      'The content was not processed.',
      'With Retry-After, the same request may succeed after that delay; without it, the limit is fixed.',
    ],
    mustNotAssume: [
      'That a reset connection during upload means a network fault: it is often a 413 the client never read.',
      'That splitting is supported: only if the API offers chunked, multipart or resumable uploads.',
    ],
  },
  related: [
    { code: 431, difference: 'The header section (often Cookie) is too large, not the body.' },
    { code: 414, difference: 'The target URI is too long.' },
    { code: 411, difference: 'The size is unknown (no Content-Length) and the server requires it.' },
    { code: 507, difference: 'WebDAV: the server lacks storage to complete the request, regardless of request size limits.' },
  ],
  faq: [
    {
      question: 'Why do I get ECONNRESET instead of 413?',
      answer: 'The server (or proxy) answered 413 and closed the connection while your client was still sending. Send Expect: 100-continue, check the limit first, or read the response before finishing the upload.',
    },
    {
      question: 'Can the server reject before the body is uploaded?',
      answer: 'Yes: check Content-Length as soon as the headers arrive, and for requests with Expect: 100-continue send 413 instead of 100 Continue, so the client never transmits the body.',
    },
  ],
  references: ['RFC 9110 §15.5.14', 'RFC 9110 §10.2.3', 'RFC 9110 §10.1.1'],
}
