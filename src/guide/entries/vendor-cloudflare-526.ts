import type { GuideEntry } from '../guide-entry.js'

/**
 * Guide entry for Cloudflare 526 Invalid SSL Certificate.
 *
 * @example
 * ```ts
 * import { explain } from 'statuskit/guide'
 * explain(526, 'cloudflare').summary
 * ```
 */
export const vendorCloudflare526: GuideEntry = {
  code: 526,
  vendor: 'cloudflare',
  summary: 'Cloudflare could not validate the origin\'s certificate while the zone uses Full (strict) mode.',
  meaning:
    'Not an IANA status: Cloudflare generates 526 when the zone\'s SSL/TLS mode is Full (strict) and the origin\'s ' +
    'certificate fails validation: expired, revoked, self-signed (not in the Custom Origin Trust Store), or not ' +
    'covering the requested hostname in its Common Name or Subject Alternative Names. Cloudflare Gateway and Workers ' +
    'subrequests to non-proxied hosts also return 526 for untrusted origin certificates.',
  guarantees: [
    'No HTTP request reached the origin application.',
    'The TLS connection worked up to certificate validation, which failed.',
  ],
  doesNotGuarantee: [
    'Which check failed (expiry, chain, hostname); test the certificate directly.',
    'That visitors\' certificates (edge certificates) are affected; they are separate.',
  ],
  whenToUse: [
    'Only Cloudflare emits it: when the origin certificate under Full (strict) has expired.',
    'Cloudflare emits it when the origin certificate does not list the requested hostname in its SANs.',
    'Cloudflare emits it when the origin presents a self-signed certificate that is not in the Custom Origin Trust Store.',
  ],
  whenNotToUse: [
    {
      misuse: 'Downgrading to Full (non-strict) permanently to silence 526',
      consequence: 'Cloudflare stops verifying the origin, so an attacker on the path could impersonate it.',
      instead: 'Install a valid certificate (Cloudflare Origin CA or public CA) and keep Full (strict)',
    },
    {
      misuse: 'Returning 526 from a self-run proxy when upstream certificate verification fails',
      consequence: 'Looks like a Cloudflare problem to anyone reading the logs; clients see an unknown 5xx.',
      instead: '502 Bad Gateway',
    },
  ],
  criticalHeaders: [
    {
      name: 'cf-ray',
      why: 'Confirms the edge generated it and identifies the request for support.',
      ifMissing: 'Not a Cloudflare 526.',
    },
  ],
  toolInterpretation: {
    browsers: 'Show Cloudflare\'s "Invalid SSL certificate" page; the browser-to-Cloudflare certificate is fine.',
    apiClients: 'Handled as 500; nothing changes until the origin certificate is replaced.',
    crawlers: 'Site-wide server errors; prolonged 526 harms indexing.',
    uptimeMonitors: 'All checks fail; add a certificate-expiry monitor for the origin to catch this before it happens.',
    cdns: 'Cloudflare-specific; other CDNs report certificate failures to the origin as 502.',
  },
  inspectorSignals: [
    'cf-ray / server: cloudflare',
    'origin certificate expiry date and SAN list',
  ],
  correctnessWarnings: [
    'Origins must never emit 526 (status-facts §5.21).',
    'An origin certificate nearing expiry is a scheduled 526 outage; monitor it.',
  ],
  debugging: [
    'Inspect the origin certificate: openssl s_client -connect <origin-ip>:443 -servername example.com | openssl x509 -noout -dates -ext subjectAltName.',
    'Check expiry, revocation, chain completeness and that the hostname is in the SAN list.',
    'If the certificate is self-signed, replace it with a Cloudflare Origin CA certificate or add it to the Custom Origin Trust Store.',
  ],
  frameworks: {
    express: `import { X509Certificate } from 'node:crypto'
import { createServer } from 'node:https'
import express from 'express'

// Refuse to start with a certificate Cloudflare's Full (strict) mode would reject (526).
const cert = process.env.ORIGIN_CERT_PEM ?? ''
const x509 = new X509Certificate(cert)
if (x509.checkHost('www.example.com') === undefined) throw new Error('origin certificate does not cover www.example.com')
if (new Date(x509.validTo) < new Date()) throw new Error(\`origin certificate expired on \${x509.validTo}\`)
const app = express()
app.get('/', (_req, res) => { res.send('ok') })
createServer({ cert, key: process.env.ORIGIN_KEY_PEM ?? '' }, app).listen(443)`,
    fastify: `import { X509Certificate } from 'node:crypto'
import Fastify from 'fastify'

// Refuse to start with a certificate Cloudflare's Full (strict) mode would reject (526).
const cert = process.env.ORIGIN_CERT_PEM ?? ''
const x509 = new X509Certificate(cert)
if (x509.checkHost('www.example.com') === undefined) throw new Error('origin certificate does not cover www.example.com')
if (new Date(x509.validTo) < new Date()) throw new Error(\`origin certificate expired on \${x509.validTo}\`)
const app = Fastify({ https: { cert, key: process.env.ORIGIN_KEY_PEM ?? '' } })
app.get('/', async () => 'ok')
await app.listen({ port: 443, host: '0.0.0.0' })`,
    django: `# manage.py check: fail deploys whose origin certificate Full (strict) would reject (526).
import datetime
from cryptography import x509
from django.core.checks import Error, register

@register()
def origin_certificate(app_configs, **kwargs):
    cert = x509.load_pem_x509_certificate(open("/etc/ssl/cloudflare-origin.pem", "rb").read())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName)
    errors = []
    if cert.not_valid_after_utc < datetime.datetime.now(datetime.timezone.utc):
        errors.append(Error("origin certificate expired"))
    if "www.example.com" not in names:
        errors.append(Error("origin certificate does not cover www.example.com"))
    return errors`,
    spring: `# application.properties: serve a certificate that validates for the hostname
# (Cloudflare Origin CA or public CA); an expired or mismatched one causes 526.
server.port=443
server.ssl.certificate=file:/etc/ssl/cloudflare-origin.pem
server.ssl.certificate-private-key=file:/etc/ssl/cloudflare-origin.key
management.endpoints.web.exposure.include=health,ssl
management.health.ssl.enabled=true`,
    fastapi: `# Validate the origin certificate at startup; Full (strict) rejects expired or mismatched ones (526).
import datetime
from cryptography import x509
from fastapi import FastAPI

cert = x509.load_pem_x509_certificate(open("/etc/ssl/cloudflare-origin.pem", "rb").read())
names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName)
if cert.not_valid_after_utc < datetime.datetime.now(datetime.timezone.utc):
    raise SystemExit("origin certificate expired")
if "www.example.com" not in names:
    raise SystemExit("origin certificate does not cover www.example.com")

app = FastAPI()`,
    go: `// Refuse to start with a certificate Cloudflare's Full (strict) mode would reject (526).
pair, err := tls.LoadX509KeyPair("/etc/ssl/cloudflare-origin.pem", "/etc/ssl/cloudflare-origin.key")
if err != nil { log.Fatal(err) }
leaf, _ := x509.ParseCertificate(pair.Certificate[0])
if err := leaf.VerifyHostname("www.example.com"); err != nil { log.Fatal(err) }
if time.Now().After(leaf.NotAfter) { log.Fatalf("origin certificate expired on %s", leaf.NotAfter) }
srv := &http.Server{Addr: ":443", Handler: mux, TLSConfig: &tls.Config{Certificates: []tls.Certificate{pair}}}
log.Fatal(srv.ListenAndServeTLS("", ""))`,
  },
  clientContract: {
    canAssume: [
      'The origin was never asked to process the request.',
      'The fix is an origin certificate change; the request is fine.',
    ],
    mustNotAssume: [
      'That retries will succeed before the certificate is replaced.',
      'That the site\'s public certificate is invalid.',
    ],
  },
  related: [
    { code: 525, difference: '525: the TLS handshake itself failed. 526: it completed, but the certificate did not validate.' },
    { code: 495, difference: 'nginx 495 is about an invalid client certificate; 526 is about the origin server\'s certificate.' },
    { code: 502, difference: '502 is what a standards-based gateway sends when upstream certificate validation fails.' },
  ],
  faq: [
    {
      question: 'Can I use a self-signed certificate at the origin?',
      answer: 'With Full mode, yes. With Full (strict), only if uploaded to the Custom Origin Trust Store; otherwise use a Cloudflare Origin CA certificate.',
    },
  ],
  references: ['Cloudflare docs: error-526', 'RFC 5280 §6', 'RFC 6125 §6', 'RFC 9110 §15'],
}
