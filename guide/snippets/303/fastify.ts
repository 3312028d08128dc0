import Fastify from 'fastify'
import { Status } from 'statuskit'

const jobs = new Map([['9', { done: true, result: '/reports/2026-11.csv' }]])
const app = Fastify()
app.get<{ Params: { id: string } }>('/jobs/:id', async (req, reply) => {
  const job = jobs.get(req.params.id)
  if (job?.done === true) return reply.code(Status.SEE_OTHER).header('location', job.result).send()
  return reply.send({ state: 'pending' })
})
await app.listen({ port: 3000 })
