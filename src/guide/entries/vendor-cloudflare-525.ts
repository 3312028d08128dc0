import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for Cloudflare 525 SSL Handshake Failed.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(525, 'cloudflare').summary
 * ```
 */
export const vendorCloudflare525: GuideEntry = {
  code: 525,
  vendor: 'cloudflare',
  summary: 'The TLS handshake between Cloudflare and the origin failed (SSL mode Full or Full (strict)).',
  meaning:
    'Not an IANA status: Cloudflare generates 525 when its TLS handshake with the origin fails while the zone\'s ' +
    'SSL/TLS mode is Full or Full (strict). Causes: no certificate installed at the origin, port 443 closed or not ' +
    'speaking TLS, no SNI support, or no cipher suite in common. The certificate\'s validity is not the issue here ' +
    '(that is 526); the handshake itself did not complete.',
  guarantees: [
    'No HTTP request was sent to the origin; nothing was processed.',
    'The zone uses Full or Full (strict) mode, so Cloudflare requires TLS to the origin.',
  ],
  doesNotGuarantee: [
    'Which handshake step failed; the origin\'s TLS error log says.',
    'That visitors\' TLS to Cloudflare has a problem; that leg is fine.',
  ],
  whenToUse: [
    'Only Cloudflare emits it: when the origin\'s port 443 serves plain HTTP or nothing at all while the mode is Full.',
    'Cloudflare emits it when the origin has no certificate for the SNI name Cloudflare sends.',
    'Cloudflare emits it when origin and Cloudflare share no TLS version or cipher suite (for example a TLS 1.0-only origin).',
  ],
  whenNotToUse: [
    {
      misuse: 'Switching the zone to Flexible SSL to make 525 go away',
      consequence: 'Traffic between Cloudflare and the origin becomes plain HTTP, and redirect loops appear if the origin forces HTTPS.',
      instead: 'Install a certificate (for example a Cloudflare Origin CA certificate) and keep Full (strict)',
    },
    {
      misuse: 'Mapping a failed TLS handshake to 525 in your own reverse proxy',
      consequence: 'Monitoring attributes the failure to Cloudflare; generic clients see an unknown 5xx.',
      instead: '502 Bad Gateway',
    },
  ],
  criticalHeaders: [
    {
      name: 'cf-ray',
      why: 'Matches the failure to the origin\'s TLS error log by time and edge location.',
      ifMissing: 'Not a Cloudflare 525.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show Cloudflare\'s "SSL handshake failed" page; the browser\'s own TLS to Cloudflare is valid.',
    apiClients: 'Handled as 500; retrying does not help until the origin\'s TLS is fixed.',
    crawlers: 'Treated as a server error across the whole site, since every request fails.',
    uptimeMonitors: 'Every check fails; monitors probing the origin directly over TLS show the real handshake error.',
    cdns: 'Cloudflare-specific; it can serve cached content where available.',
  },
  inspectorSignals: [
    'cf-ray / server: cloudflare',
    'origin reachable over TLS with SNI (openssl s_client -servername)',
  ],
  correctnessWarnings: [
    'Origins must never emit 525 (status-facts §5.21).',
    'Falling back to Flexible mode hides the problem and removes encryption between Cloudflare and the origin.',
  ],
  debugging: [
    'Test the origin TLS directly: openssl s_client -connect <origin-ip>:443 -servername example.com.',
    'Check that a certificate is installed for that name and port 443 is open and speaks TLS.',
    'Compare the origin\'s protocols and ciphers with those Cloudflare supports.',
    'Read the origin\'s TLS error log (nginx error.log, Apache mod_ssl log) at the 525 timestamps.',
  ],
  frameworks: {
    express: `import { createServer } from 'node:https'
import express from 'express'
import { problemHandler } from 'statuskit/express'

// Full / Full (strict) mode: the origin must complete a TLS handshake on 443 (else Cloudflare 525).
const app = express()
app.get('/', (_req, res) => { res.send('ok') })
app.use(problemHandler())
createServer(
  { key: process.env.ORIGIN_KEY_PEM ?? '', cert: process.env.ORIGIN_CERT_PEM ?? '', minVersion: 'TLSv1.2' },
  app,
).listen(443, '0.0.0.0')`,
    fastify: `import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// Full / Full (strict) mode: the origin must complete a TLS handshake on 443 (else Cloudflare 525).
const app = Fastify({
  https: { key: process.env.ORIGIN_KEY_PEM ?? '', cert: process.env.ORIGIN_CERT_PEM ?? '', minVersion: 'TLSv1.2' },
})
await app.register(problemPlugin)
app.get('/', async () => 'ok')
await app.listen({ port: 443, host: '0.0.0.0' })`,
    django: `# gunicorn.conf.py: terminate TLS on 443 so Cloudflare (Full mode) can complete the handshake.
bind = "0.0.0.0:443"
certfile = "/etc/ssl/cloudflare-origin.pem"   # Cloudflare Origin CA certificate
keyfile = "/etc/ssl/cloudflare-origin.key"
ssl_version = "TLSv1_2"`,
    spring: `# application.properties: serve TLS on 443 for Cloudflare Full / Full (strict) mode.
server.port=443
server.ssl.enabled=true
server.ssl.certificate=classpath:cloudflare-origin.pem
server.ssl.certificate-private-key=classpath:cloudflare-origin.key
server.ssl.enabled-protocols=TLSv1.2,TLSv1.3`,
    fastapi: `# Serve TLS on 443 so Cloudflare's Full mode handshake succeeds (otherwise 525):
#   uvicorn app:app --host 0.0.0.0 --port 443 \\
#     --ssl-certfile /etc/ssl/cloudflare-origin.pem --ssl-keyfile /etc/ssl/cloudflare-origin.key
from fastapi import FastAPI

app = FastAPI()

@app.get("/")
def index():
    return {"status": "ok"}`,
    go: `srv := &http.Server{
	Addr:      "0.0.0.0:443",
	Handler:   mux,
	TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12}, // Go serves SNI and modern ciphers by default
}
// Without a certificate on 443, Cloudflare's Full mode fails the handshake with 525.
log.Fatal(srv.ListenAndServeTLS("/etc/ssl/cloudflare-origin.pem", "/etc/ssl/cloudflare-origin.key"))`,
  },
  clientContract: {
    canAssume: [
      'The request never reached the origin application.',
      'The failure is in origin TLS configuration, not in the request.',
    ],
    mustNotAssume: [
      'That retrying will succeed before the origin configuration changes.',
      'That the visitor\'s connection is insecure; only the edge-to-origin leg failed.',
    ],
  },
  related: [
    { code: 526, difference: '526: the handshake worked but the origin certificate failed validation (Full strict). 525: no handshake at all.' },
    { code: 521, difference: '521: the TCP connection was refused. 525: TCP connected, TLS failed.' },
    { code: 502, difference: '502 is the registered code a gateway uses when TLS to its upstream fails.' },
  ],
  faq: [
    {
      question: 'Do I need a publicly trusted certificate on the origin?',
      answer: 'For Full mode any certificate completes the handshake; Full (strict) needs a valid one, and a free Cloudflare Origin CA certificate qualifies.',
    },
  ],
  references: ['Cloudflare docs: error-525', 'RFC 8446 §4', 'RFC 6066 §3', 'RFC 9110 §15'],
}
