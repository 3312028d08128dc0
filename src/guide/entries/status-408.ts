import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for 408 Request Timeout: the server did not receive a complete request message
 * within the time it was prepared to wait.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(408).clientContract.canAssume
 * ```
 */
export const status408: GuideEntry = {
  code: 408,
  summary: 'The server gave up waiting for the client to finish sending the request and is closing the connection.',
  meaning:
    'RFC 9110 §15.5.9: the server did not receive a complete request message within the time it was prepared to wait. If the client has an outstanding request in transit, it MAY repeat that request; if the current connection is not usable (in HTTP/1.1 the request framing may be out of sync), a new connection is used. RFC 7231 §6.5.7 said the server SHOULD send Connection: close; RFC 9110 dropped that rule, but sending it is still good practice, since the connection is in an unknown state. It is about the client being slow to send, not about the server being slow to answer (that is 504 at a gateway, or simply a slow response).',
  guarantees: [
    'The server did not receive the whole request, so it did not process it.',
    'The request can be repeated, even a POST: it was never applied.',
  ],
  doesNotGuarantee: [
    'That the connection can be reused: servers close it after a 408.',
    'That the client actually sent anything: servers also send 408 on idle keep-alive connections that never got a next request.',
  ],
  whenToUse: [
    'The client opened a connection and sent headers, but the body stalled longer than the server\'s body timeout (slow upload, stalled mobile link).',
    'Node\'s server.requestTimeout or headersTimeout expired while reading the request (Node answers 408 itself).',
    'A reverse proxy\'s client_body_timeout or client_header_timeout expired (nginx answers 408).',
  ],
  whenNotToUse: [
    {
      misuse: 'Returning 408 when the application or a downstream dependency was too slow to produce the response',
      consequence: 'The client is blamed for a server-side latency problem, and Chromium auto-retries, doubling the load.',
      instead: '504 Gateway Timeout (gateway) or 503 Service Unavailable (overload)',
    },
    {
      misuse: 'Returning 408 to cancel long-running business operations (a report took too long)',
      consequence: 'Clients retry immediately and restart the same expensive work.',
      instead: '202 Accepted with a status monitor, or 503 with Retry-After',
    },
    {
      misuse: 'Keeping the connection open after sending 408',
      consequence: 'The rest of the slow request body can be parsed as a new request.',
      instead: '408 with Connection: close, then close',
    },
  ],
  criticalHeaders: [
    {
      name: 'Connection',
      why: 'close: after a timeout mid-request the framing is unknown. RFC 9110 §15.5.9 no longer requires it (the SHOULD was in RFC 7231 §6.5.7), but it remains good practice.',
      ifMissing: 'Leftover request bytes may be read as the next request on the same connection.',
    },
    {
      name: 'Content-Type',
      why: 'A short problem+json or text body if the client is still reading.',
      ifMissing: 'Minor: most clients see a closed connection anyway.',
    },
  ],
  toolInterpretation: {
    browsers: 'Chromium silently retries a request that got 408 on a reused keep-alive connection; users rarely see it.',
    apiClients: 'Retried by ky, got, Azure SDKs, gaxios, Google Cloud Storage and curl --retry; often seen as "socket hang up" or ECONNRESET when the server closes first.',
    crawlers: 'Googlebot treats 408 like any other 4xx except 429: not as a temporary failure but as content that does not exist, so an indexed URL can be dropped. Only 429 and 5xx slow crawling.',
    uptimeMonitors: 'Sporadic 408s on idle connections are noise; a rate increase points at slow clients or an overloaded event loop that cannot read requests in time.',
    cdns: 'CDNs and load balancers apply their own client timeouts and answer 408 (or close) before the origin sees the request.',
  },
  inspectorSignals: [
    'Connection: close on the 408.',
    'Whether the request had a body and how fast it was sent.',
    'Whether 408 is used for server-side slowness (then 503/504 were due).',
  ],
  correctnessWarnings: [
    'A 408 for a server-side timeout misattributes the fault and triggers automatic retries.',
    'Without Connection: close the connection state is undefined after a partial request.',
  ],
  debugging: [
    'Measure how long the client takes to send the full request (curl -v -w "%{time_pretransfer} %{time_starttransfer}" with --data-binary @file).',
    'Compare with the server and proxy client timeouts (Node requestTimeout/headersTimeout, nginx client_body_timeout, ALB idle timeout).',
    'Check whether the event loop is blocked: a busy Node process reads requests late and times them out.',
    'For idle keep-alive connections, align the client pool\'s idle timeout below the server\'s keepAliveTimeout.',
  ],
  frameworks: {
    express: `import express from 'express'
import { requestTimeout } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.post('/upload', (req, res, next) => {
  const chunks: Buffer[] = []
  const timer = setTimeout(() => {
    req.pause() // stop reading; problemHandler sends the 408 and the socket is closed
    next(requestTimeout('The upload did not arrive within 30 s.', { headers: { connection: 'close' } }))
  }, 30_000)
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => { clearTimeout(timer); res.status(201).json({ bytes: Buffer.concat(chunks).length }) })
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { badRequest, requestTimeout } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify({
  requestTimeout: 30_000, // Node detects the slow request; Fastify hands it to this hook
  clientErrorHandler: (err, socket) => {
    const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
    const body = JSON.stringify(timedOut ? requestTimeout('The request did not arrive in time.') : badRequest())
    socket.end((timedOut ? 'HTTP/1.1 408 Request Timeout' : 'HTTP/1.1 400 Bad Request') +
      '\\r\\ncontent-type: application/problem+json\\r\\nconnection: close\\r\\ncontent-length: ' +
      Buffer.byteLength(body) + '\\r\\n\\r\\n' + body)
  },
})
await app.register(problemPlugin)
app.post('/upload', async (_req, reply) => reply.code(201).send())`,
    django: `# Django does not time out request bodies itself; the front server does.
# gunicorn: --timeout applies to workers; nginx in front answers 408:
#   client_header_timeout 10s;  client_body_timeout 30s;
# A client-side retry, since the request was never processed:
import requests

def upload(url, data):
    r = requests.post(url, data=data, timeout=(5, 60))
    if r.status_code == 408:
        r = requests.post(url, data=data, timeout=(5, 60))  # safe: not applied
    return r`,
    spring: `# application.properties: Tomcat closes a connection whose request does not arrive in time
server.tomcat.connection-timeout=20s
# Spring itself never sends 408; if you must, use a ProblemDetail:
# ProblemDetail.forStatusAndDetail(HttpStatus.REQUEST_TIMEOUT, "The request body did not arrive in time.")`,
    fastapi: `# uvicorn closes idle keep-alive connections (--timeout-keep-alive) but has no body timeout;
# put a proxy in front with client_body_timeout, or enforce one in middleware:
import asyncio
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post("/upload")
async def upload(request: Request):
    try:
        body = await asyncio.wait_for(request.body(), timeout=30)
    except asyncio.TimeoutError:
        return JSONResponse(status_code=408, media_type="application/problem+json",
            headers={"Connection": "close"}, content={"type": "about:blank",
            "title": "Request Timeout", "status": 408, "detail": "The body did not arrive within 30 s."})
    return {"bytes": len(body)}`,
    go: `func upload(w http.ResponseWriter, r *http.Request) {
	// Per-request body deadline (Go 1.20+); Server.ReadTimeout would just close the socket.
	http.NewResponseController(w).SetReadDeadline(time.Now().Add(30 * time.Second))
	body, err := io.ReadAll(r.Body)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		w.Header().Set("Connection", "close")
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusRequestTimeout)
		json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": "Request Timeout",
			"status": 408, "detail": "The body did not arrive within 30 s."})
		return
	}
	fmt.Fprintf(w, "%d bytes\\n", len(body))
}`,
  },
  clientContract: {
    canAssume: [
      'The request was not processed, so it may be repeated on a new connection, whatever the method (RFC 9110 §15.5.9).',
      'The server is closing this connection.',
    ],
    mustNotAssume: [
      'That the server is overloaded: the slowness was on the sending side or the network.',
      'That repeating at the same speed will help: a huge upload over a slow link needs resumable or chunked uploads.',
    ],
  },
  related: [
    { code: 504, difference: 'A gateway timed out waiting for the upstream response; the request may have been processed.' },
    { code: 499, difference: 'nginx log code: the client gave up waiting for the response. 408 is the server giving up waiting for the request.' },
    { code: 413, difference: 'The body is too large, not too slow.' },
    { code: 503, difference: 'The server is overloaded or in maintenance and refuses work.' },
  ],
  faq: [
    {
      question: 'Why do I see 408s in logs from clients that sent nothing?',
      answer: 'Browsers preconnect and keep idle connections open; when the server\'s timeout fires, some servers log a 408 for a connection that never carried a request. These are harmless.',
    },
    {
      question: 'Can I retry a POST that got 408?',
      answer: 'Yes. The server never received the complete request, so it did not process it; RFC 9110 §15.5.9 allows repeating it on a new connection. A client-side timeout is different: there the outcome is unknown.',
    },
  ],
  references: ['RFC 9110 §15.5.9', 'RFC 9110 §9.2.2', 'RFC 9112 §9.6', 'RFC 7231 §6.5.7'],
}
