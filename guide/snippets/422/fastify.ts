import Fastify from 'fastify'
import { validationProblem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.post('/bookings', async (req) => {
  const { start, end } = req.body as { start: string; end: string }
  if (Date.parse(end) <= Date.parse(start)) {
    throw validationProblem([{ pointer: '#/end', detail: 'must be after #/start' }], { status: 422, detail: 'end must be after start.' })
  }
  return { ok: true }
})
