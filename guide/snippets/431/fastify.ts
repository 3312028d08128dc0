import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const MAX_COOKIE = 4096
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  const size = Buffer.byteLength(req.headers.cookie ?? '')
  if (size > MAX_COOKIE) throw problem(431, `Cookie header is ${size} bytes; the limit is ${MAX_COOKIE}.`, { extensions: { field: 'Cookie' } })
})
