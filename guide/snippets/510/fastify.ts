import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
// Instead of 510 for a missing required extension header, name the header with 400.
app.addHook('onRequest', async (req) => {
  if (req.headers['x-api-features'] === undefined) throw problem(400, 'Send X-API-Features listing the features you use.')
})
