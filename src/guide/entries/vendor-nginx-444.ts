import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide for nginx 444 (Connection Closed Without Response): nginx's `return 444;` drops
 * the connection; only the access log shows the number.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(444).vendor // 'nginx'
 * ```
 */
export const vendorNginx444: GuideEntry = {
  code: 444,
  vendor: 'nginx',
  summary: 'nginx closed the connection without sending any response; 444 exists only in nginx configuration and access logs.',
  meaning:
    'nginx-specific: NGX_HTTP_CLOSE (444) is "the special code to close connection without any response" (ngx_http_request.h). A location or server block with return 444; makes nginx drop the connection, typically to silence scanners, requests for unknown Host names or abusive clients. No status line is ever sent, so the client never receives 444: it sees the connection close (curl: "Empty reply from server"). It is not an HTTP status code and an origin application must never emit it.',
  guarantees: [
    'The client received no HTTP response at all; nginx logged 444 for the request.',
    'The request was not passed to the upstream application by the block that returned 444.',
  ],
  doesNotGuarantee: [
    'That the client can tell a deliberate 444 from a crash, a timeout or a network fault: all look like a closed connection.',
    'Anything about the request\'s validity; it reflects a local nginx policy.',
  ],
  whenToUse: [
    'In nginx only: a default_server block that drops requests whose Host matches none of your sites (scanners probing by IP).',
    'In nginx only: dropping obvious exploit probes (/wp-login.php on a site without WordPress) to save bandwidth.',
    'Reading logs: a 444 entry means your own nginx policy dropped the request, not that a client or upstream failed.',
  ],
  whenNotToUse: [
    {
      misuse: 'Emitting 444 from an application (res.status(444)) as a "go away" status',
      consequence: 'The client receives a real 444 status line, which it treats as an unknown 4xx (400); nothing is dropped and the semantics are invented.',
      instead: '400, 403 or 421 with a problem+json body, or let nginx drop the connection',
    },
    {
      misuse: 'Using return 444 for legitimate clients that sent a request you do not support (wrong method, bad parameters)',
      consequence: 'Their HTTP libraries report a network error and retry (often automatically), multiplying the traffic you meant to shed.',
      instead: 'A proper 4xx: 405, 400, 403 or 429',
    },
  ],
  criticalHeaders: [
    {
      name: 'Host',
      why: 'The request header most 444 rules key on: a default_server with return 444 drops requests for unknown hosts.',
      ifMissing: 'HTTP/1.1 requests without Host get 400 from nginx before any 444 rule applies.',
    },
    {
      name: 'Content-Type',
      why: 'Not applicable to the 444 itself (nothing is sent); the standard alternative you return instead should be application/problem+json.',
      ifMissing: 'A replacement 4xx without a body leaves legitimate clients guessing.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show a connection error page (Chrome: ERR_EMPTY_RESPONSE); fetch() rejects with a TypeError, not a response.',
    apiClients: 'See a socket error (ECONNRESET, "socket hang up", curl exit 52 "Empty reply from server") and may retry it as a network failure, for any method if they retry network errors.',
    crawlers: 'Report the URL as unreachable and retry later; persistent drops remove the site from the index.',
    uptimeMonitors: 'Report the check as down with a connection error; a monitor hitting the IP without the right Host header gets 444 by design.',
    cdns: 'A CDN in front of nginx sees an origin connection error (Cloudflare 520 or 502) and reports it to the client as its own 5xx.',
  },
  inspectorSignals: [
    'No status line at all (empty reply) from an nginx host.',
    'A 444 status line on the wire, which means an application emitted it (wrong).',
    'Access-log entries with status 444 and the Host header of the request.',
  ],
  correctnessWarnings: [
    'Never emit 444 from an origin: it means "the edge or proxy did this" (status-facts §5.21).',
    'A CDN or load balancer in front of a 444 rule turns the drop into its own 5xx and may count it against your availability.',
  ],
  debugging: [
    'Reproduce with curl -v; "Empty reply from server" (exit 52) with no status line points at a 444 or a crash.',
    'Grep the nginx access log for the request with status 444 and note the server block (log $server_name or $host).',
    'Check nginx -T for return 444 rules, especially in default_server blocks, and compare the request\'s Host with server_name.',
    'If a legitimate client is hit, fix its Host header (or SNI) or add the name to server_name.',
  ],
  frameworks: {
    express: `import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// nginx: server { listen 80 default_server; return 444; } drops unknown hosts.
// Behind it, answer misrouted requests with a real status, never 444:
const hosts = new Set(['api.example.com'])
const app = express()
app.use((req, _res, next) => {
  if (!hosts.has(req.hostname)) throw problem(421, 'This server does not serve ' + req.hostname + '.')
  next()
})
app.use(problemHandler())`,
    fastify: `import Fastify from 'fastify'
import { forbidden } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Instead of an invented 444, refuse exploit probes with a standard, cheap 403.
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (req.url.startsWith('/wp-login.php')) throw forbidden('Not a WordPress site.')
})`,
    django: `# nginx.conf (where 444 belongs):
#   server { listen 80 default_server; server_name _; return 444; }
# Django then only sees known hosts; ALLOWED_HOSTS rejects the rest with 400:
from django.http import JsonResponse

def bad_request(request, exception=None):  # handler400 in urls.py
    return JsonResponse({"type": "about:blank", "title": "Bad Request", "status": 400,
                         "detail": "Unknown host."}, status=400, content_type="application/problem+json")`,
    spring: `// Spring never sends 444. Observe nginx drops by logging the status in nginx:
//   log_format drops '$remote_addr "$host" "$request" $status';
//   access_log /var/log/nginx/drops.log drops if=$is_444;   (map $status $is_444 { 444 1; default 0; })
@ExceptionHandler(UnknownHostException.class)
ProblemDetail onUnknownHost(UnknownHostException ex) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.MISDIRECTED_REQUEST, "This server does not serve that host.");
}`,
    fastapi: `from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.middleware.trustedhost import TrustedHostMiddleware

app = FastAPI()
# Starlette answers unknown hosts with 400 (plain text); nginx can drop them with 444 earlier.
app.add_middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com"])

@app.get("/health")
def health():
    return JSONResponse({"ok": True})`,
    go: `// Client side: a 444 arrives as a transport error, not a response.
resp, err := http.Get("http://203.0.113.7/")
if err != nil {
	// "EOF" / "connection reset": maybe an nginx 444 rule (e.g. missing Host).
	log.Printf("no HTTP response: %v", err)
	return
}
defer resp.Body.Close()`,
  },
  clientContract: {
    canAssume: [
      'If the server operator confirms a 444 rule, the request was deliberately dropped and never reached the application.',
      'The drop is a local policy of that nginx host; a request for a served host name gets normal HTTP responses.',
    ],
    mustNotAssume: [
      'That a closed connection without response is a 444: it can equally be a crash or a timeout, and a non-idempotent request might have been applied.',
      'That retrying unchanged will help when the drop is a deliberate policy (wrong Host, blocked path).',
    ],
  },
  related: [
    { code: 421, difference: 'The standard answer for a request aimed at a host this server does not serve.' },
    { code: 403, difference: 'A standard, explained refusal, which well-behaved clients do not retry.' },
    { code: 400, difference: 'What ALLOWED_HOSTS-style checks and nginx itself send for a missing or invalid Host.' },
    { code: 429, difference: 'For abusive request rates: tells well-behaved clients to slow down instead of dropping them.' },
  ],
  faq: [
    {
      question: 'Can I send 444 from Node or another app server?',
      answer: 'You can write the number, but it is not a drop: the client gets a status line "444" that it treats as 400. To drop a connection in Node call req.socket.destroy(); to refuse politely send a standard 4xx.',
    },
    {
      question: 'Where do I see 444s?',
      answer: 'Only in nginx\'s access log, where $status is 444. Log $host and $server_name too, so you can tell which server block dropped the request.',
    },
  ],
  references: ['nginx src/http/ngx_http_request.h (NGX_HTTP_CLOSE)', 'RFC 9110 §15', 'RFC 9110 §15.5.20'],
}
