import Fastify from 'fastify'
import { Status } from 'statuskit'

const entries = [{ id: 3, title: 'c' }, { id: 2, title: 'b' }, { id: 1, title: 'a' }]
const app = Fastify()
app.get('/feed', async (req, reply) => {
  const since = Number(String(req.headers['if-none-match'] ?? '').replaceAll('"', '')) || 0
  const newest = entries[0]?.id ?? 0
  reply.headers({ etag: '"' + newest + '"', vary: 'A-IM, If-None-Match' })
  if (since === newest) return reply.code(Status.NOT_MODIFIED).send()
  if (!String(req.headers['a-im'] ?? '').includes('feed') || since === 0) return reply.send(entries)
  return reply.code(Status.IM_USED).headers({ im: 'feed', 'cache-control': 'no-store' }).send(entries.filter((e) => e.id > since))
})
await app.listen({ port: 3000 })
