import Fastify from 'fastify'
import { preconditionRequired } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.put('/documents/:id', async (req, reply) => {
  if (req.headers['if-match'] === undefined) {
    throw preconditionRequired('Send If-Match with the ETag from your last GET of this document.')
  }
  return reply.code(204).send()
})
