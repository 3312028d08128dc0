import Fastify from 'fastify'
import { Status } from 'statuskit'

const etag = '"v7"'
const app = Fastify()
app.get('/catalog', async (req, reply) => {
  reply.headers({ etag, 'cache-control': 'no-cache' })
  const tags = String(req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''))
  if (tags.includes(etag) || tags.includes('*')) return reply.code(Status.NOT_MODIFIED).send()
  return reply.send({ version: 7, items: [] })
})
await app.listen({ port: 3000 })
