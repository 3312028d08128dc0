import Fastify from 'fastify'
import { notFound } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const orders = new Map([['7', { id: '7', total: 42, version: 3 }]])
const app = Fastify()
await app.register(problemPlugin)
app.get<{ Params: { id: string } }>('/orders/:id', async (req, reply) => {
  const order = orders.get(req.params.id)
  if (order === undefined) throw notFound('There is no order ' + req.params.id + '.')
  return reply.headers({ etag: '"' + order.version + '"', 'cache-control': 'private, max-age=60' }).send(order)
})
await app.listen({ port: 3000 })
