import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const KNOWN = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (!KNOWN.has(req.method)) throw problem(501, `Method ${req.method} is not implemented by this server.`, { expose: true })
})
