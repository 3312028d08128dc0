import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
// Legacy keep-alive on the raw response; new APIs answer 202 with a status resource.
app.post('/reports', async (_req, reply) => {
  const timer = setInterval(() => reply.raw.writeProcessing(), 15_000)
  try {
    await new Promise((resolve) => setTimeout(resolve, 60_000)) // the long job
    return reply.code(Status.OK).send({ ready: true })
  } finally {
    clearInterval(timer)
  }
})
await app.listen({ port: 3000 })
