import Fastify from 'fastify'

// Long work returns 202 at once; the client polls, so no request outlives Cloudflare's timeout (524).
const jobs = new Map<string, { state: 'running' | 'done'; url?: string }>()
const app = Fastify()
app.post('/exports', async (_req, reply) => {
  const id = crypto.randomUUID()
  jobs.set(id, { state: 'running' })
  setTimeout(() => jobs.set(id, { state: 'done', url: `/files/${id}.csv` }), 300_000) // stands in for the real job
  return reply.code(202).header('location', `/exports/${id}`).send({ id, state: 'running' })
})
app.get<{ Params: { id: string } }>('/exports/:id', async (req) => jobs.get(req.params.id) ?? { state: 'unknown' })
await app.listen({ port: 8080 })
