import Fastify from 'fastify'
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
process.on('SIGTERM', () => { draining = true; setTimeout(() => void app.close(), 15_000) })
