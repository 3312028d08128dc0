import Fastify from 'fastify'
import { serviceUnavailable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Probed by Cloudflare health checks: an origin that cannot be reached fails the
// probe and a load balancer pool fails over instead of returning 523.
const dependenciesUp = true
const app = Fastify()
await app.register(problemPlugin)
app.get('/healthz', async (_req, reply) => {
  if (!dependenciesUp) throw serviceUnavailable('Origin is not ready.') // Cache-Control: no-store by default
  return reply.header('cache-control', 'no-store').send({ status: 'ok' })
})
