import Fastify from 'fastify'
import { preconditionFailed } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const files = new Map([['a.txt', 'v1']])
const app = Fastify()
await app.register(problemPlugin)
app.put<{ Params: { name: string } }>('/files/:name', async (req, reply) => {
  if (req.headers['if-none-match'] === '*' && files.has(req.params.name)) {
    throw preconditionFailed(req.params.name + ' already exists (If-None-Match: *).')
  }
  files.set(req.params.name, 'v1')
  return reply.code(201).header('etag', '"v1"').send()
})
