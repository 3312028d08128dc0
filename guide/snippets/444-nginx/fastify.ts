import Fastify from 'fastify'
import { forbidden } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Instead of an invented 444, refuse exploit probes with a standard, cheap 403.
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (req.url.startsWith('/wp-login.php')) throw forbidden('Not a WordPress site.')
})
