import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin) // schema failures are sent as 400 problem+json
const body = {
  type: 'object',
  required: ['sku', 'qty'],
  properties: { sku: { type: 'string' }, qty: { type: 'integer', minimum: 1 } },
} as const
app.post('/orders', { schema: { body } }, async (req, reply) => reply.code(201).send(req.body))
