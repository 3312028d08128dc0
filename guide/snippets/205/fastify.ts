import Fastify from 'fastify'
import { Status } from 'statuskit'

const readings: unknown[] = []
const app = Fastify()
app.post('/meter-readings', async (req, reply) => {
  readings.push(req.body)
  return reply.code(Status.RESET_CONTENT).header('content-length', '0').send()
})
await app.listen({ port: 3000 })
