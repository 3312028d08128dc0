import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (req.raw.httpVersion === '1.0') {
    throw problem(505, 'HTTP/1.0 is not supported; use HTTP/1.1 or HTTP/2.', { expose: true })
  }
})
