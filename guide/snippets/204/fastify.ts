import Fastify from 'fastify'
import { Status } from 'statuskit'

const tokens = new Set(['t1'])
const app = Fastify()
app.delete<{ Params: { id: string } }>('/tokens/:id', async (req, reply) => {
  tokens.delete(req.params.id)
  return reply.code(Status.NO_CONTENT).send() // send() with no payload: no body
})
await app.listen({ port: 3000 })
