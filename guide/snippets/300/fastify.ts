import Fastify from 'fastify'
import { Status } from 'statuskit'

const matches = [{ id: 'A-100', href: '/products/A-100' }, { id: 'A-100B', href: '/products/A-100B' }]
const app = Fastify()
app.get('/lookup/A-100', async (_req, reply) => {
  return reply.code(Status.MULTIPLE_CHOICES).send({ alternatives: matches })
})
await app.listen({ port: 3000 })
