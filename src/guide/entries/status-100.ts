import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 100 Continue: the interim "send the content" answer to `Expect: 100-continue`.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(100).class // '1xx'
 * ```
 */
export const status100: GuideEntry = {
  code: 100,
  summary:
    'Interim response to a request that sent Expect: 100-continue: the headers were accepted so far, send the content now; a final status still follows.',
  meaning:
    'RFC 9110 §15.2.1: the initial part of the request has been received and has not yet been rejected; the client should continue by sending the content and then wait for the final response. It exists for the Expect: 100-continue handshake (§10.1.1), which lets a client learn from the header section alone whether a large upload will be refused (401, 413, 415...) before it transmits the body.',
  guarantees: [
    'The server (or an intermediary acting for it) has read the request line and headers and has not rejected them yet.',
    'A final response (2xx–5xx) for the same request follows on the same exchange; a server that sent 100 must eventually send one.',
    'The 100 itself has no content and no framing of its own: it is a status line plus optional header fields.',
  ],
  doesNotGuarantee: [
    'That the final status will be a success: validation of the content, authorization checks on it or storage can still fail after the upload.',
    'That it came from the origin: a proxy or the HTTP server library (Node, Go net/http, uvicorn) may send it before the application ever runs.',
    'That the client will wait for it: RFC 9110 lets a client send the content after a timeout without having seen 100.',
  ],
  whenToUse: [
    'The request carries Expect: 100-continue and the header section alone does not justify a final error: let the client start uploading.',
    'A large PUT or POST upload where early refusal saves bandwidth: check Content-Length, credentials and Content-Type first, then send 100 only if they pass.',
  ],
  whenNotToUse: [
    {
      misuse: 'Sending 100 Continue after already deciding to reject the upload (too large, unauthenticated)',
      consequence: 'The client transmits the whole body only to receive the error, defeating the purpose of the handshake.',
      instead: 'send the final 413, 401 or 415 immediately instead of the 100',
    },
    {
      misuse: 'Emitting 100 to an HTTP/1.0 client or to a request without Expect: 100-continue',
      consequence: 'RFC 9110 §15.2 forbids 1xx to HTTP/1.0 clients; old clients may take the 100 as the final response and break the exchange.',
      instead: 'no interim response; send only the final status',
    },
    {
      misuse: 'Treating a received 100 as the outcome of the request in client code (logging it as success, resolving a promise)',
      consequence: 'The real final status (possibly 4xx/5xx) is lost and failed uploads look successful.',
      instead: 'wait for the final response and act on its status',
    },
  ],
  criticalHeaders: [
    {
      name: 'Expect',
      why: 'Request header (Expect: 100-continue) that makes a 100 meaningful; the server decides between 100 and an immediate final status from the headers.',
      ifMissing: 'There is nothing to continue: a 100 is unexpected noise and the client sends the body without waiting anyway.',
    },
    {
      name: 'Content-Length',
      why: 'Lets the server refuse an oversized upload from the headers alone, before sending 100 (§10.1.1).',
      ifMissing: 'With chunked uploads the server cannot judge the size up front and must send 100 (or not) without knowing it.',
    },
    {
      name: 'Connection',
      why: 'When the server answers Expect with a final error instead of 100, Connection: close stops the client from streaming an unread body into the next request.',
      ifMissing: 'The server has to read and discard the body the client sends anyway, or the connection desynchronises.',
    },
  ],
  toolInterpretation: {
    browsers:
      'Browsers do not send Expect: 100-continue; fetch() and XHR never expose a 100 to scripts, which only see the final status.',
    apiClients:
      'curl adds Expect: 100-continue to large uploads and waits up to --expect100-timeout (1 s) before sending anyway. Node\'s http client reports it as a "continue" event when you set the header yourself; most libraries never send Expect and only return the final response.',
    crawlers: 'Crawlers issue GET requests without content and never see a 100.',
    uptimeMonitors: 'Monitors record the final status; a 100 is never the result of a check.',
    cdns:
      'Proxies and CDNs may answer Expect themselves (sending 100 to the client) and forward the body; some strip the Expect header towards the origin.',
  },
  inspectorSignals: [
    'A 100 seen as the final status of an exchange: the server never sent the real response.',
    'Whether the request carried Expect: 100-continue at all.',
    'A 100 followed by a 4xx that the headers alone already justified (413 with a known Content-Length, 401 without credentials).',
  ],
  correctnessWarnings: [
    'RFC 9110 §15.2: a server must not send a 1xx response to an HTTP/1.0 client.',
    'RFC 9110 §10.1.1: an origin server must not wait for the content before sending 100; it either sends 100 or a final status once the headers are complete.',
    'Fetch-based code cannot construct a 1xx Response (the constructor accepts 200–599); 100 exists only at the server or socket level.',
  ],
  debugging: [
    'Reproduce with curl -v -T file.bin -H "Expect: 100-continue" https://host/path and watch for "HTTP/1.1 100 Continue" before the upload starts.',
    'If curl pauses about a second before sending, the server did not answer the Expect; check whether a proxy strips or swallows it.',
    'If a large upload is rejected only after it was sent, check that the server decides on Content-Length and auth before writing 100.',
    'Inspect the final status separately: a 100 in logs tells you nothing about whether the upload succeeded.',
  ],
  frameworks: {
    express: `import http from 'node:http'
import express from 'express'
import { Status } from 'statuskit'

const MAX_UPLOAD = 10 * 1024 * 1024
const app = express()
app.put('/files/:name', (req, res) => {
  req.resume().on('end', () => res.sendStatus(Status.NO_CONTENT))
})
const server = http.createServer(app)
// Without this listener Node sends 100 Continue by itself.
server.on('checkContinue', (req, res) => {
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD) {
    res.writeHead(Status.CONTENT_TOO_LARGE, { connection: 'close' }).end()
    return
  }
  res.writeContinue()
  app(req, res)
})
server.listen(3000)`,
    fastify: `import Fastify from 'fastify'
import { Status } from 'statuskit'

const MAX_UPLOAD = 10 * 1024 * 1024
const app = Fastify()
app.put('/files/:name', async (_req, reply) => reply.code(Status.NO_CONTENT).send())
// Decide from the headers, then either refuse or send 100 and let Fastify route it.
app.server.on('checkContinue', (req, res) => {
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD) {
    res.writeHead(Status.CONTENT_TOO_LARGE, { connection: 'close' }).end()
    return
  }
  res.writeContinue()
  app.server.emit('request', req, res)
})
await app.listen({ port: 3000 })`,
    django: `# Django never writes 100 itself: the WSGI/ASGI server or the reverse proxy answers
# Expect: 100-continue (gunicorn as soon as it has parsed the headers). The view can
# still refuse an oversized upload from Content-Length without reading the body.
from rest_framework.response import Response
from rest_framework.views import APIView

MAX_UPLOAD = 10 * 1024 * 1024

class FileUpload(APIView):
    def put(self, request, name):
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_UPLOAD:
            return Response({"type": "about:blank", "title": "Content Too Large", "status": 413,
                             "detail": "Uploads are limited to 10 MB."},
                            status=413, content_type="application/problem+json")
        save_file(name, request.body)
        return Response(status=204)`,
    spring: `// The servlet container answers Expect: 100-continue. With Tomcat's
// continueResponseTiming="onRead" it waits until the handler reads the body,
// so a check on Content-Length refuses the upload before it is sent.
@PutMapping("/files/{name}")
ResponseEntity<ProblemDetail> upload(@PathVariable String name, HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_UPLOAD) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "Uploads are limited to 10 MB.");
        return ResponseEntity.status(413).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    storage.save(name, request.getInputStream()); // first read: the container sends 100 now
    return ResponseEntity.noContent().build();
}`,
    fastapi: `from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

app = FastAPI()
MAX_UPLOAD = 10 * 1024 * 1024

@app.put("/files/{name}")
async def upload(name: str, request: Request):
    # uvicorn sends 100 Continue on the first read of the body, so refusing
    # here means the client never uploads the content.
    if int(request.headers.get("content-length", "0")) > MAX_UPLOAD:
        return JSONResponse({"type": "about:blank", "title": "Content Too Large", "status": 413,
                             "detail": "Uploads are limited to 10 MB."},
                            status_code=413, media_type="application/problem+json")
    save_file(name, await request.body())
    return Response(status_code=204)`,
    go: `package main

import (
	"io"
	"net/http"
)

const maxUpload = 10 << 20

// net/http sends "100 Continue" on the first Read of r.Body; answering before
// reading refuses the upload without receiving it.
func upload(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > maxUpload {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Connection", "close")
		w.WriteHeader(http.StatusRequestEntityTooLarge)
		io.WriteString(w, "{\\"type\\":\\"about:blank\\",\\"title\\":\\"Content Too Large\\",\\"status\\":413}")
		return
	}
	io.Copy(io.Discard, r.Body) // store it here
	w.WriteHeader(http.StatusNoContent)
}`,
  },
  clientContract: {
    canAssume: [
      'The server has not rejected the request headers (yet); sending the content now is expected.',
      'The final status of the request is still to come on the same connection.',
    ],
    mustNotAssume: [
      'That the request succeeded or will succeed: only the final status says so.',
      'That every server supports the handshake: keep a short timeout and send the content anyway if no 100 arrives.',
    ],
  },
  related: [
    { code: 417, difference: '417 Expectation Failed refuses the Expect header itself; the client should repeat the request without Expect: 100-continue.' },
    { code: 413, difference: '413 Content Too Large is the final answer a server should send instead of 100 when Content-Length already exceeds its limit.' },
    { code: 103, difference: '103 Early Hints is also interim, but carries Link headers for preloading and is not tied to an Expect header.' },
  ],
  faq: [
    {
      question: 'Does my Node server need to do anything to send 100 Continue?',
      answer:
        'No: Node sends it automatically when a request carries Expect: 100-continue. Listen for the checkContinue event only if you want to refuse uploads from their headers before the body is sent.',
    },
    {
      question: 'Why does curl pause for a second before uploading?',
      answer:
        'curl sent Expect: 100-continue and is waiting for the 100; if the server or a proxy ignores the expectation, curl sends the body after --expect100-timeout. Disable it with -H "Expect:" if your server does not support it.',
    },
  ],
  references: ['RFC 9110 §15.2', 'RFC 9110 §15.2.1', 'RFC 9110 §10.1.1'],
}
