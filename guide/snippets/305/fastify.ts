import Fastify from 'fastify'
import { badGateway, Status } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get<{ Params: { id: string } }>('/partner/:id', async (req, reply) => {
  const upstream = await fetch('https://partner.example.com/items/' + req.params.id, { redirect: 'manual' })
  if (upstream.status === Status.USE_PROXY) throw badGateway('Upstream answered 305 Use Proxy; not followed.')
  return reply.code(upstream.status).send(await upstream.text())
})
await app.listen({ port: 3000 })
