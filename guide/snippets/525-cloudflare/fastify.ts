import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// Full / Full (strict) mode: the origin must complete a TLS handshake on 443 (else Cloudflare 525).
const app = Fastify({
  https: { key: process.env.ORIGIN_KEY_PEM ?? '', cert: process.env.ORIGIN_CERT_PEM ?? '', minVersion: 'TLSv1.2' },
})
await app.register(problemPlugin)
app.get('/', async () => 'ok')
await app.listen({ port: 443, host: '0.0.0.0' })
