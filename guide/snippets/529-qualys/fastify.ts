import Fastify from 'fastify'
import { serviceUnavailable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
let queueDepth = 0
const app = Fastify()
await app.register(problemPlugin)
app.post('/assessments', async (_req, reply) => {
  if (queueDepth > 1000) throw serviceUnavailable('Too many assessments queued; try again later.', { retryAfter: 900, expose: true })
  queueDepth += 1
  return reply.code(202).header('location', '/assessments/latest').send()
})
