import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
// A download alias that moves with every release.
app.get('/downloads/latest', async (_req, reply) => {
  return reply.code(Status.FOUND).headers({ location: '/downloads/v3.2.1.tar.gz', 'cache-control': 'no-cache' }).send()
})
await app.listen({ port: 3000 })
