import Fastify from 'fastify'
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
await app.listen({ port: 80, host: '0.0.0.0' })
