import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.post('/batch', async (req) => {
  const ops = req.body as { id: string; valid: boolean }[]
  const failed = ops.find((op) => !op.valid)
  const results = ops.map((op) => ({ id: op.id, status: op === failed ? 422 : 424 }))
  if (failed) throw problem(424, `Batch rolled back: operation ${failed.id} failed.`, { extensions: { results } })
  return { applied: ops.length }
})
