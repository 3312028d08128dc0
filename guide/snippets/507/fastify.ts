import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const quotaLeft = new Map<string, number>([['alice', 1_000_000]])
const app = Fastify()
await app.register(problemPlugin)
app.put<{ Params: { user: string } }>('/dav/:user/:file', async (req, reply) => {
  const left = quotaLeft.get(req.params.user) ?? 0
  const size = Number(req.headers['content-length'] ?? 0)
  if (size > left) throw problem(507, `Upload of ${size} bytes exceeds the ${left} bytes left in your quota.`, { expose: true })
  return reply.code(201).send()
})
