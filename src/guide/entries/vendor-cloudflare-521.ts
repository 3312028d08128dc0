import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for Cloudflare 521 Web Server Is Down.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(521, 'cloudflare').summary
 * ```
 */
export const vendorCloudflare521: GuideEntry = {
  code: 521,
  vendor: 'cloudflare',
  summary: 'The origin refused Cloudflare\'s TCP connection: the web server is down or blocks Cloudflare.',
  meaning:
    'Not an IANA status: Cloudflare generates 521 when the origin web server refuses the connection (TCP RST). The ' +
    'two usual causes are an origin application that is not running or not listening on the expected port (80 for ' +
    'Flexible SSL, 443 for Full and Full (strict)) and a firewall or security plugin that blocks Cloudflare\'s IP ranges.',
  guarantees: [
    'No HTTP request reached the origin application, so nothing was processed.',
    'Cloudflare produced the response, at its edge.',
  ],
  doesNotGuarantee: [
    'That the origin host is down: the process may run but listen on another port or interface.',
    'That every Cloudflare data centre sees the same: IP-based blocks can hit only some edge ranges.',
  ],
  whenToUse: [
    'Only Cloudflare emits it: when nothing listens on the origin port it connects to.',
    'Cloudflare emits it when an origin firewall actively rejects connections from Cloudflare IP ranges.',
    'Cloudflare emits it during origin restarts that close the listening socket before the new process binds it.',
  ],
  whenNotToUse: [
    {
      misuse: 'Closing the origin\'s listening socket immediately on deploy or shutdown',
      consequence: 'Visitors see Cloudflare 521 pages during every deploy.',
      instead: 'Keep listening while draining and answer 503 Service Unavailable with Retry-After',
    },
    {
      misuse: 'Returning 521 from the application to say "backend down"',
      consequence: 'Suggests a Cloudflare connectivity problem; clients treat it as a generic 500.',
      instead: '503 Service Unavailable, or 502 Bad Gateway from a gateway',
    },
  ],
  criticalHeaders: [
    {
      name: 'cf-ray',
      why: 'Confirms Cloudflare generated the 521 and identifies the edge location and request.',
      ifMissing: 'Another proxy produced the response.',
    },
    {
      name: 'Retry-After (on the origin\'s own 503)',
      why: 'An origin that sheds or drains with 503 + Retry-After gives clients a schedule instead of a 521.',
      ifMissing: 'Clients and crawlers only see an edge error with no recovery hint.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show Cloudflare\'s "Web server is down" page, with the browser, Cloudflare and host status.',
    apiClients:
      'Handled as 500 by RFC 9110 clients; got retries 521 by default. Since the origin never got the request, retrying is safe for any method.',
    crawlers: 'Treated as a server error; prolonged 521s reduce crawling and indexing.',
    uptimeMonitors: 'Counted as down; an origin outage, not a Cloudflare outage.',
    cdns: 'Cloudflare can serve cached pages instead when Always Online or stale content is available.',
  },
  inspectorSignals: [
    'cf-ray / server: cloudflare (edge-generated)',
    'whether the origin port matches the SSL/TLS mode (80 Flexible, 443 Full)',
  ],
  correctnessWarnings: [
    'An origin must never emit 521; it exists only at Cloudflare\'s edge (status-facts §5.21).',
  ],
  debugging: [
    'Check that the origin process runs and listens: ss -ltnp on the origin for ports 80/443.',
    'Connect from outside to the origin IP on that port (curl -v --resolve example.com:443:<origin-ip> https://example.com).',
    'Check firewalls, fail2ban, .htaccess and security plugins for blocked Cloudflare IP ranges (cloudflare.com/ips).',
    'Confirm the port matches the SSL/TLS mode: Full and Full (strict) need 443 with TLS.',
  ],
  frameworks: {
    express: `import express from 'express'
import { serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Drain with 503 instead of closing the port (a closed port is a Cloudflare 521).
let draining = false
const app = express()
app.use((_req, _res, next) => {
  if (draining) throw serviceUnavailable('Restarting; try again shortly.', { retryAfter: 10, expose: true })
  next()
})
app.use(problemHandler())
const server = app.listen(80, '0.0.0.0') // the port Cloudflare connects to for HTTP origins
process.on('SIGTERM', () => { draining = true; setTimeout(() => server.close(), 15_000) })`,
    fastify: `import Fastify from 'fastify'
import { serviceUnavailable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Drain with 503 instead of closing the port (a closed port is a Cloudflare 521).
let draining = false
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async () => {
  if (draining) throw serviceUnavailable('Restarting; try again shortly.', { retryAfter: 10, expose: true })
})
await app.listen({ port: 80, host: '0.0.0.0' }) // the port Cloudflare connects to for HTTP origins
process.on('SIGTERM', () => { draining = true; setTimeout(() => void app.close(), 15_000) })`,
    django: `# gunicorn.conf.py: bind on all interfaces on the port Cloudflare's SSL mode uses,
# and let workers finish in-flight requests on restart instead of refusing connections.
bind = "0.0.0.0:443"
certfile = "/etc/ssl/origin.pem"
keyfile = "/etc/ssl/origin.key"
graceful_timeout = 30

# Use "kill -HUP" (graceful reload) for deploys: the listening socket stays open.`,
    spring: `# application.properties: listen where Cloudflare connects and shut down gracefully,
# so deploys drain requests instead of refusing connections (Cloudflare 521).
server.address=0.0.0.0
server.port=80
server.shutdown=graceful
spring.lifecycle.timeout-per-shutdown-phase=30s`,
    fastapi: `# Run uvicorn on the port that matches Cloudflare's SSL/TLS mode, on all interfaces:
#   uvicorn app:app --host 0.0.0.0 --port 443 --ssl-keyfile origin.key --ssl-certfile origin.pem
#   --timeout-graceful-shutdown 30
from fastapi import FastAPI

app = FastAPI()

@app.get("/healthz")
def healthz():
    return {"status": "ok"}`,
    go: `srv := &http.Server{Addr: "0.0.0.0:443", Handler: mux}
go func() {
	if err := srv.ListenAndServeTLS("origin.pem", "origin.key"); err != http.ErrServerClosed {
		log.Fatal(err)
	}
}()
// On SIGTERM, stop accepting new connections only after in-flight requests finish.
stop := make(chan os.Signal, 1)
signal.Notify(stop, syscall.SIGTERM)
<-stop
ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
defer cancel()
srv.Shutdown(ctx)`,
  },
  clientContract: {
    canAssume: [
      'The origin never received the request; repeating it is safe for any method.',
      'The problem is origin availability or filtering, not the request.',
    ],
    mustNotAssume: [
      'That an immediate retry helps while the origin is down.',
      'That other sites on Cloudflare are affected.',
    ],
  },
  related: [
    { code: 522, difference: '522: the connection attempt timed out (no answer). 521: the origin actively refused it.' },
    { code: 502, difference: '502 is the registered code a gateway uses for a refused upstream connection.' },
    { code: 503, difference: '503 from the origin while draining is what visitors should see instead of 521.' },
  ],
  faq: [
    {
      question: 'Only some visitors see 521. Why?',
      answer: 'A firewall or rate limiter at the origin may block only some Cloudflare IP ranges; allow all of them.',
    },
  ],
  references: ['Cloudflare docs: error-521', 'RFC 9110 §15', 'RFC 9110 §15.6.4'],
}
