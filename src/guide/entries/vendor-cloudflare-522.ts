import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for Cloudflare 522 Connection Timed Out.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(522, 'cloudflare').summary
 * ```
 */
export const vendorCloudflare522: GuideEntry = {
  code: 522,
  vendor: 'cloudflare',
  summary: 'Cloudflare timed out connecting to the origin: no TCP handshake, or the request was never acknowledged.',
  meaning:
    'Not an IANA status: Cloudflare generates 522 when it times out contacting the origin. Either the origin did not ' +
    'answer Cloudflare\'s SYN with SYN+ACK within about 19 seconds, or, after the connection was established, did not ' +
    'acknowledge the request within 90 seconds. Typical causes: a firewall silently dropping Cloudflare IPs, an ' +
    'overloaded origin dropping packets, keep-alive disabled at the origin, or a DNS record pointing to an old origin IP.',
  guarantees: [
    'Cloudflare, not the origin, produced the status.',
    'The origin did not acknowledge the request, so it was not processed.',
  ],
  doesNotGuarantee: [
    'Whether the origin is down, overloaded or filtering; the timeout looks the same.',
    'That the origin IP in Cloudflare DNS is the current one.',
  ],
  whenToUse: [
    'Only Cloudflare emits it: when a firewall at the origin drops (rather than rejects) packets from Cloudflare.',
    'Cloudflare emits it when the origin is so overloaded that its accept queue overflows and SYNs go unanswered.',
    'Cloudflare emits it when the proxied DNS record points at an IP where no host answers any more.',
  ],
  whenNotToUse: [
    {
      misuse: 'Letting an overloaded origin silently drop connections instead of refusing work',
      consequence: 'Visitors wait up to 19 s and then see a Cloudflare 522 with no recovery hint.',
      instead: 'Shed load early with 503 Service Unavailable and Retry-After',
    },
    {
      misuse: 'Emitting 522 from a self-run gateway whose upstream connect timed out',
      consequence: 'Clients and monitors misread it as a Cloudflare edge error; generic clients treat it as 500.',
      instead: '504 Gateway Timeout',
    },
  ],
  criticalHeaders: [
    {
      name: 'cf-ray',
      why: 'Identifies the Cloudflare data centre that timed out; useful for traceroutes from that region.',
      ifMissing: 'The 522 did not come from Cloudflare.',
    },
    {
      name: 'Connection: keep-alive (origin)',
      why: 'Cloudflare reuses connections to the origin; keep-alive disabled at the origin is a listed 522 cause.',
      ifMissing: 'Every request opens a new connection, which fails first under load.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show Cloudflare\'s "Connection timed out" page after the wait.',
    apiClients:
      'Handled as 500 by RFC 9110 clients; got retries 522 by default. The origin did not take the request, so retrying is safe, but back off.',
    crawlers: 'Treated as a server error with long latency; crawl rate drops quickly.',
    uptimeMonitors: 'Counted as down, with response times near 19 s or 90 s.',
    cdns: 'Cloudflare may serve stale cached content if configured; otherwise the 522 page.',
  },
  inspectorSignals: [
    'cf-ray / server: cloudflare',
    'total time near 19 s (connect) or 90 s (request acknowledgement)',
  ],
  correctnessWarnings: [
    'Origins must never emit 522 (status-facts §5.21); a gateway you run should send 504 for upstream timeouts.',
  ],
  debugging: [
    'Check the origin IP in the Cloudflare DNS record against the IP your host currently assigns.',
    'Connect to that IP directly on 80/443 from outside (curl -v --connect-timeout 10 --resolve ...).',
    'Look for DROP rules, rate limits or fail2ban bans on Cloudflare IP ranges in the origin firewall.',
    'Check origin load: accept-queue overflows (netstat -s "listen queue overflows"), CPU and worker saturation.',
    'Run an MTR from the origin towards a Cloudflare IP that appears in the origin logs, and share it with the host.',
  ],
  frameworks: {
    express: `import express from 'express'
import { serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Shed excess work with 503 instead of letting connections time out (522).
let inFlight = 0
const app = express()
app.use((_req, res, next) => {
  inFlight += 1
  res.on('close', () => { inFlight -= 1 })
  if (inFlight > 500) throw serviceUnavailable('Origin is at capacity.', { retryAfter: 5, expose: true })
  next()
})
app.use(problemHandler())
app.listen(80, '0.0.0.0').keepAliveTimeout = 75_000 // keep Cloudflare's idle connections open`,
    fastify: `import Fastify from 'fastify'
import { serviceUnavailable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Keep Cloudflare's connections alive and shed load with 503 instead of dropping SYNs.
const app = Fastify({ keepAliveTimeout: 75_000, connectionTimeout: 30_000 })
await app.register(problemPlugin)
let inFlight = 0
app.addHook('onRequest', async () => {
  inFlight += 1 // released in onResponse, also for rejected requests
  if (inFlight > 500) throw serviceUnavailable('Origin is at capacity.', { retryAfter: 5, expose: true })
})
app.addHook('onResponse', async () => { inFlight -= 1 })
await app.listen({ port: 80, host: '0.0.0.0' })`,
    django: `# gunicorn.conf.py: keep Cloudflare's connections alive and size the backlog,
# so bursts queue briefly instead of timing out at the edge (522).
bind = "0.0.0.0:80"
keepalive = 75          # seconds; longer than Cloudflare's idle reuse
backlog = 2048
workers = 9             # 2 * cores + 1
worker_class = "gthread"
threads = 4`,
    spring: `# application.properties: keep connections alive and bound the queue;
# excess requests get a fast 503 instead of an edge timeout (522).
server.port=80
server.tomcat.keep-alive-timeout=75s
server.tomcat.accept-count=200
server.tomcat.threads.max=200`,
    fastapi: `# Keep-alive longer than Cloudflare's connection reuse, plus a concurrency cap
# that answers 503 instead of leaving connections to time out (522):
#   uvicorn app:app --host 0.0.0.0 --port 80 --timeout-keep-alive 75 --limit-concurrency 500
from fastapi import FastAPI

app = FastAPI()`,
    go: `srv := &http.Server{
	Addr:              "0.0.0.0:443",
	Handler:           shedLoad(mux, 500), // answers 503 + Retry-After beyond 500 in-flight requests
	ReadHeaderTimeout: 10 * time.Second,
	IdleTimeout:       75 * time.Second,   // keep Cloudflare's idle connections open
}
log.Fatal(srv.ListenAndServeTLS("origin.pem", "origin.key"))`,
  },
  clientContract: {
    canAssume: [
      'The origin did not acknowledge the request; repeating it after a delay is safe for any method.',
      'The fault is between Cloudflare and the origin.',
    ],
    mustNotAssume: [
      'That retrying quickly helps an origin that is overloaded.',
      'That the site is down for everyone; it may be one data centre\'s route.',
    ],
  },
  related: [
    { code: 521, difference: '521: the origin refused the connection at once. 522: nothing answered before the timeout.' },
    { code: 524, difference: '524: connected and request accepted, but no HTTP response in time. 522: the connection or acknowledgement never came.' },
    { code: 504, difference: '504 is the registered code for a gateway whose upstream did not answer in time.' },
  ],
  faq: [
    {
      question: 'My origin responds fine from my laptop. Why 522?',
      answer: 'Your laptop\'s IP is allowed; Cloudflare\'s ranges may be dropped by the firewall or a host-level rate limit.',
    },
  ],
  references: ['Cloudflare docs: error-522', 'RFC 9110 §15', 'RFC 9110 §15.6.5'],
}
