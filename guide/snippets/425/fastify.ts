import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.post('/payments', async (req, reply) => {
  if (req.headers['early-data'] === '1') {
    throw problem(425, 'Payments are not accepted in TLS early data; resend after the handshake.')
  }
  return reply.code(201).send({ id: 'pay_123' })
})
