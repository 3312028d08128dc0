import Fastify from 'fastify'
import { lengthRequired } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload))
app.put('/objects/:key', async (req, reply) => {
  if (req.headers['content-length'] === undefined) {
    throw lengthRequired('Object uploads need Content-Length for the quota check.')
  }
  return reply.code(201).send()
})
