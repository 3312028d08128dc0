import { X509Certificate } from 'node:crypto'
import Fastify from 'fastify'

// Refuse to start with a certificate Cloudflare's Full (strict) mode would reject (526).
const cert = process.env.ORIGIN_CERT_PEM ?? ''
const x509 = new X509Certificate(cert)
if (x509.checkHost('www.example.com') === undefined) throw new Error('origin certificate does not cover www.example.com')
if (new Date(x509.validTo) < new Date()) throw new Error(`origin certificate expired on ${x509.validTo}`)
const app = Fastify({ https: { cert, key: process.env.ORIGIN_KEY_PEM ?? '' } })
app.get('/', async () => 'ok')
await app.listen({ port: 443, host: '0.0.0.0' })
