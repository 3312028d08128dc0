import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// Every failure ends in a complete problem+json 500, never a reset
// connection, so Cloudflare shows the origin's error instead of 520.
const app = Fastify({ logger: true })
await app.register(problemPlugin)
app.get('/export', async () => {
  throw new Error('PDF renderer crashed')
})
await app.listen({ port: 8080, host: '0.0.0.0' })
