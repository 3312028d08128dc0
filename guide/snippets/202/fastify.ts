import Fastify from 'fastify'
import { Status } from 'statuskit'

const jobs = new Map<string, { state: 'pending' | 'done' }>()
const app = Fastify()
app.post('/exports', async (_req, reply) => {
  const id = String(jobs.size + 1)
  jobs.set(id, { state: 'pending' })
  setTimeout(() => jobs.set(id, { state: 'done' }), 5_000) // the background work
  return reply
    .code(Status.ACCEPTED)
    .headers({ location: '/exports/jobs/' + id, 'retry-after': '2' })
    .send({ id, state: 'pending' })
})
await app.listen({ port: 3000 })
