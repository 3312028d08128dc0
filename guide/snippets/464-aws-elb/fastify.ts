import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// An HTTP/2 (cleartext h2c) target for a target group with protocol version HTTP2.
// Such a target group forwards only HTTP/2 requests: HTTP/1.1 clients get 464 from the ALB.
const app = Fastify({ http2: true })
await app.register(problemPlugin)
app.get('/health', async () => ({ ok: true }))
await app.listen({ port: 8080, host: '0.0.0.0' })
