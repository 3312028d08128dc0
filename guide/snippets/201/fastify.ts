import Fastify from 'fastify'
import { Status } from 'statuskit'

let nextId = 1
const app = Fastify()
app.post<{ Body: { items: string[] } }>('/orders', async (req, reply) => {
  const order = { id: String(nextId++), items: req.body.items }
  return reply
    .code(Status.CREATED)
    .headers({ location: '/orders/' + order.id, etag: '"1"' })
    .send(order)
})
await app.listen({ port: 3000 })
