import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/export', async (_req, reply) => {
  const ac = new AbortController()
  // Response closed before it finished: the client left (nginx would log 499). Stop the work.
  reply.raw.on('close', () => { if (!reply.raw.writableFinished) ac.abort() })
  const rows = await fetch('http://127.0.0.1:9000/rows', { signal: ac.signal })
  return rows.json()
})
