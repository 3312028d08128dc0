import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 411 Length Required: the server refuses a request with content but no
 * Content-Length.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(411).debugging
 * ```
 */
export const status411: GuideEntry = {
  code: 411,
  summary: 'The server refuses to accept the request content without a Content-Length header.',
  meaning:
    'RFC 9110 §15.5.12: the server refuses to accept the request without a defined Content-Length. The client MAY repeat the request if it adds a valid Content-Length header field containing the length of the request content. Servers send it when they cannot or will not accept chunked transfer coding (or HTTP/2 and HTTP/3 streams of unknown length) for the request.',
  guarantees: [
    'The server did not process the request.',
    'Repeating it with an accurate Content-Length is expected to get past this check.',
  ],
  doesNotGuarantee: [
    'That the content will then be accepted: size limits (413) and validation still apply.',
    'That chunked uploads are refused on other endpoints of the same server.',
  ],
  whenToUse: [
    'An upload endpoint that must know the size up front (quota check, pre-allocation, object storage PUT) receives Transfer-Encoding: chunked.',
    'A legacy backend or proxy that cannot handle chunked request bodies.',
    'A POST with a body but neither Content-Length nor Transfer-Encoding on HTTP/1.1 where the server will not guess.',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 411 for requests without a body (GET, DELETE) that simply lack Content-Length',
      consequence: 'Bodyless requests from standard clients fail; GET requests never carry Content-Length.',
      instead: 'Treat them as zero-length and process them',
    },
    {
      misuse: 'Returning 411 when the length is present but too large',
      consequence: 'Clients add a header that is already there and retry pointlessly.',
      instead: '413 Content Too Large, stating the limit',
    },
    {
      misuse: 'Returning 411 when Content-Length and Transfer-Encoding are both present or the length is invalid',
      consequence: 'Request-smuggling ambiguity is treated as a fixable header omission.',
      instead: '400 Bad Request and close the connection (RFC 9112 §6.3)',
    },
  ],
  criticalHeaders: [
    {
      name: 'Content-Type',
      why: 'application/problem+json explaining that a Content-Length is needed (and any size limit).',
      ifMissing: 'Developers rarely recognise 411 and look for the problem elsewhere.',
    },
    {
      name: 'Connection',
      why: 'close if the server did not read the unlengthed body.',
      ifMissing: 'Unread chunked body bytes may be misread as the next request.',
    },
  ],
  toolInterpretation: {
    browsers: 'Browsers send Content-Length for form and fetch() bodies they can measure; streaming request bodies (fetch with a ReadableStream and duplex: "half") have none and can get 411.',
    apiClients: 'Not retried. Node clients streaming a body (pipe into http.request, got streams) send chunked and hit 411; setting Content-Length fixes it.',
    crawlers: 'Not applicable: crawlers send GET without content.',
    uptimeMonitors: 'Only seen by checks that POST a streamed body.',
    cdns: 'Some CDNs and load balancers buffer chunked uploads and add Content-Length; others reject them with 411 before the origin.',
  },
  inspectorSignals: [
    'The request had content with Transfer-Encoding: chunked or without any length.',
    'The request method: 411 on GET or HEAD suggests a server bug.',
  ],
  correctnessWarnings: [
    '411 for bodyless requests is a server bug: RFC 9110 does not require Content-Length on requests without content.',
    'Content-Length must equal the actual body length; a mismatch is a framing error (400), not a case for 411.',
  ],
  debugging: [
    'Run curl -v with --data-binary @file (curl sends Content-Length) and compare with your client\'s headers.',
    'Check whether your client streams the body (chunked); buffer it or pass its known size.',
    'Check proxies between client and server that may strip Content-Length or re-chunk bodies.',
  ],
  frameworks: {
    express: `import express from 'express'
import { lengthRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.put('/files/:name', (req, res) => {
  if (req.get('content-length') === undefined) {
    throw lengthRequired('Uploads must declare their size in Content-Length.', {
      headers: { connection: 'close' },
    })
  }
  req.resume().on('end', () => { res.status(201).end() })
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { lengthRequired } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload))
app.put('/objects/:key', async (req, reply) => {
  if (req.headers['content-length'] === undefined) {
    throw lengthRequired('Object uploads need Content-Length for the quota check.')
  }
  return reply.code(201).send()
})`,
    django: `from django.http import JsonResponse

def upload(request):
    if "CONTENT_LENGTH" not in request.META or request.META["CONTENT_LENGTH"] == "":
        return JsonResponse({"type": "about:blank", "title": "Length Required", "status": 411,
                             "detail": "Uploads must declare their size in Content-Length."},
                            status=411, content_type="application/problem+json")
    return JsonResponse({"bytes": len(request.body)}, status=201)`,
    spring: `@PutMapping("/files/{name}")
ResponseEntity<?> upload(@PathVariable String name, HttpServletRequest req) throws IOException {
    if (req.getContentLengthLong() < 0) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.LENGTH_REQUIRED,
            "Uploads must declare their size in Content-Length.");
        return ResponseEntity.status(HttpStatus.LENGTH_REQUIRED)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
    storage.save(name, req.getInputStream(), req.getContentLengthLong());
    return ResponseEntity.status(HttpStatus.CREATED).build();
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.put("/files/{name}")
async def upload(name: str, request: Request):
    if "content-length" not in request.headers:
        return JSONResponse(status_code=411, media_type="application/problem+json", content={
            "type": "about:blank", "title": "Length Required", "status": 411,
            "detail": "Uploads must declare their size in Content-Length."})
    data = await request.body()
    return JSONResponse({"bytes": len(data)}, status_code=201)`,
    go: `func upload(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength < 0 { // -1: chunked or unknown length
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Connection", "close")
		w.WriteHeader(http.StatusLengthRequired)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Length Required",
			"status": 411, "detail": "Uploads must declare their size in Content-Length."})
		return
	}
	w.WriteHeader(http.StatusCreated)
}`,
  },
  clientContract: {
    canAssume: [
      'Nothing was processed; the same request with an accurate Content-Length may be sent again.',
      'Routing and authentication succeeded; only the missing length stopped the request.',
    ],
    mustNotAssume: [
      'That a made-up or maximum Content-Length is acceptable: it must match the bytes sent.',
      'That the server accepts chunked uploads on any other endpoint.',
    ],
  },
  related: [
    { code: 413, difference: 'The length is known and exceeds what the server accepts.' },
    { code: 400, difference: 'The framing is invalid or ambiguous (conflicting Content-Length and Transfer-Encoding).' },
    { code: 415, difference: 'The body\'s format, not its length, is the problem.' },
  ],
  faq: [
    {
      question: 'How do I stream an upload to a server that sends 411?',
      answer: 'You cannot stream with unknown length to it. Measure first (file size, buffer) and send Content-Length, or use a resumable or multipart upload protocol that sends known-size parts.',
    },
    {
      question: 'Does HTTP/2 need Content-Length?',
      answer: 'No: HTTP/2 and HTTP/3 frame the content themselves and Content-Length is optional. A server that needs the size up front can still send 411 when it is absent.',
    },
  ],
  references: ['RFC 9110 §15.5.12', 'RFC 9110 §8.6', 'RFC 9112 §6.3'],
}
