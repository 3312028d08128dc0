import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for nginx 499 (Client Closed Request): the client closed the connection before
 * nginx sent the response header; a log-only code.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(499).vendor // 'nginx'
 * ```
 */
export const vendorNginx499: GuideEntry = {
  code: 499,
  vendor: 'nginx',
  summary: 'The client gave up and closed the connection before nginx could send the response header; 499 appears only in nginx\'s access log.',
  meaning:
    'nginx-specific: NGX_HTTP_CLIENT_CLOSED_REQUEST (499) is used when "the client has closed the connection before we even try to send the HTTP header" (ngx_http_request.h). nginx logs 499 and, by default (proxy_ignore_client_abort off), closes the upstream connection too. Nothing is sent to the client, which is already gone. The upstream may have received and fully processed the request. Spikes of 499 usually mean the service got slower than the clients\' timeouts. Esri ArcGIS uses 499 for "Token Required", an unrelated meaning.',
  guarantees: [
    'The client closed its side before the response header was sent; it never saw a status.',
    'nginx stopped waiting for the upstream (unless proxy_ignore_client_abort is on).',
  ],
  doesNotGuarantee: [
    'That the upstream did not process the request: a POST may have been fully applied.',
    'Why the client left: a client timeout, a user navigating away, a cancelled fetch(), or a load balancer idle timeout.',
  ],
  whenToUse: [
    'Reading nginx logs: correlate 499 entries with $request_time to find endpoints slower than client timeouts.',
    'Monitoring: count 499 as a latency signal (the caller gave up), not as a server error against availability.',
    'In an app server, log a request whose client disconnected early under your own log field ("client_aborted"), mirroring nginx\'s 499.',
  ],
  whenNotToUse: [
    {
      misuse: 'Sending 499 from an application as a response status',
      consequence: 'There is no one to receive it when the client really left; if the client is still there, it gets an unknown 4xx treated as 400.',
      instead: 'Nothing to send; abort the work and log the cancellation',
    },
    {
      misuse: 'Alerting on 499s as if they were 5xx errors',
      consequence: 'On-call is paged for users closing tabs; real latency regressions are mislabelled.',
      instead: 'Track 499 rate next to latency percentiles and per-client timeouts',
    },
    {
      misuse: 'Blindly retrying requests that ended in 499 from the client side',
      consequence: 'If the upstream completed a non-idempotent request, the retry applies it twice.',
      instead: 'Retry only idempotent requests or requests with an Idempotency-Key',
    },
  ],
  criticalHeaders: [
    {
      name: 'Idempotency-Key',
      why: 'On the original request, lets the client safely resend a POST whose outcome it never learned (the 499 case).',
      ifMissing: 'A client that timed out cannot know if its payment or order went through.',
    },
    {
      name: 'X-Request-Id',
      why: 'Correlates nginx\'s 499 log line with the upstream\'s log of the same request.',
      ifMissing: 'You cannot tell whether the upstream finished the work.',
    },
  ],
  toolInterpretation: {
    browsers: 'Nothing: the browser itself closed the request (navigation, AbortController, a cancelled preload).',
    apiClients: 'The client sees its own timeout or abort error (AbortError, ETIMEDOUT), never a 499.',
    crawlers: 'A crawler that timed out records a fetch timeout and slows its crawl rate for the host.',
    uptimeMonitors: 'The monitor reports a timeout; nginx logs 499 for the same request. Monitor timeouts shorter than the endpoint\'s latency cause it.',
    cdns: 'CDN-to-origin connections closed by the CDN (its origin timeout) show up as 499 in the origin\'s nginx; the client sees the CDN\'s 5xx (Cloudflare 524, for example).',
  },
  inspectorSignals: [
    'A high 499 rate on one endpoint with $request_time near a known client timeout (e.g. 30 s, 60 s, 100 s).',
    'Upstream logs showing 200s for the same request ids nginx logged as 499.',
  ],
  correctnessWarnings: [
    'Never emit 499 from an origin; it is a log code (status-facts §5.21).',
    '499 means the outcome is unknown to the client: non-idempotent requests must not be retried without a key.',
    'Esri ArcGIS 499 ("Token Required") is unrelated; check which product logged it.',
  ],
  debugging: [
    'Log $request_time and $upstream_response_time in nginx\'s log_format and compare with client timeouts.',
    'Find which client timed out: user agent, caller service, its configured timeout (HTTP client, load balancer idle timeout).',
    'Check the upstream logs for the same request id: finished, still running, or never started.',
    'Speed up the endpoint, raise the caller\'s timeout, or make the operation asynchronous (202 Accepted with a status URL).',
    'Decide with proxy_ignore_client_abort whether nginx should keep the upstream request running after the client leaves.',
  ],
  frameworks: {
    express: `import express from 'express'
import { logLevel } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Record client aborts the way nginx does (499), without sending anything.
const app = express()
app.use((req, res, next) => {
  res.on('close', () => {
    if (!res.writableFinished) console.log(logLevel(499, 'server'), 'client closed request', req.method, req.originalUrl)
  })
  next()
})
app.get('/report', (_req, res) => { setTimeout(() => res.json({ ok: true }), 5_000) })
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/export', async (_req, reply) => {
  const ac = new AbortController()
  // Response closed before it finished: the client left (nginx would log 499). Stop the work.
  reply.raw.on('close', () => { if (!reply.raw.writableFinished) ac.abort() })
  const rows = await fetch('http://127.0.0.1:9000/rows', { signal: ac.signal })
  return rows.json()
})`,
    django: `# nginx.conf: make 499s analysable
#   log_format timed '$remote_addr "$request" $status rt=$request_time urt=$upstream_response_time rid=$request_id';
#   proxy_set_header X-Request-Id $request_id;
import logging

log = logging.getLogger("requests")

class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        log.info("rid=%s status=%s", request.headers.get("X-Request-Id"), response.status_code)
        return response  # an app 200 with an nginx 499 for the same rid: the client left first`,
    spring: `// Spring sees a client abort as an IOException when writing (ClientAbortException on Tomcat).
@ExceptionHandler(AsyncRequestNotUsableException.class)
void onClientGone(AsyncRequestNotUsableException ex, HttpServletRequest req) {
    log.info("client closed request (nginx logs 499): {} {}", req.getMethod(), req.getRequestURI());
    // nothing to send: the client is gone
}`,
    fastapi: `from fastapi import FastAPI, Request
import asyncio

app = FastAPI()

@app.get("/report")
async def report(request: Request):
    for _ in range(50):
        if await request.is_disconnected():  # nginx will log 499 for this request
            return None
        await asyncio.sleep(0.1)
    return {"ok": True}`,
    go: `func report(w http.ResponseWriter, r *http.Request) {
	select {
	case <-time.After(5 * time.Second):
		json.NewEncoder(w).Encode(map[string]bool{"ok": true})
	case <-r.Context().Done():
		// The client (or nginx, after its client left) closed the connection.
		log.Printf("client closed request (nginx 499): %s %s", r.Method, r.URL.Path)
	}
}`,
  },
  clientContract: {
    canAssume: [
      'Nothing: the client that caused a 499 never receives a response.',
      'A keyed POST (Idempotency-Key the server honours) can be resent to obtain the original result.',
    ],
    mustNotAssume: [
      'That its abandoned request was not executed on the server.',
      'That retrying a non-idempotent request after its own timeout is safe without an Idempotency-Key.',
    ],
  },
  related: [
    { code: 408, difference: 'The server gave up waiting for the client\'s request; 499 is the client giving up waiting for the response.' },
    { code: 504, difference: 'A gateway gave up waiting for the upstream and told the client; with 499 the client left first.' },
    { code: 460, difference: 'AWS ALB\'s equivalent log code for a client that closed the connection.' },
  ],
  faq: [
    {
      question: 'Do 499s count against my availability SLO?',
      answer: 'Usually not: the server did not fail, the caller stopped waiting. Track them with latency, because a rising 499 rate means responses are getting slower than callers tolerate.',
    },
    {
      question: 'Why does nginx log 499 for requests my app answered with 200?',
      answer: 'The app finished after the client had already closed the connection; nginx logs what the client experienced. Compare $upstream_response_time with the client\'s timeout.',
    },
  ],
  references: ['nginx src/http/ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST)', 'nginx ngx_http_proxy_module: proxy_ignore_client_abort', 'RFC 9110 §9.2.2'],
}
