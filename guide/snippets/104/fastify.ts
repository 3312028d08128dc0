import Fastify from 'fastify'
import { Status } from 'statuskit'

// Offset retrieval for the upload resource a 104 pointed at.
const received = new Map<string, { offset: number; complete: boolean }>()
const app = Fastify()
app.head<{ Params: { id: string } }>('/uploads/:id', async (req, reply) => {
  const upload = received.get(req.params.id)
  if (upload === undefined) return reply.code(Status.NOT_FOUND).send()
  return reply
    .code(Status.NO_CONTENT)
    .headers({ 'upload-offset': String(upload.offset), 'upload-complete': upload.complete ? '?1' : '?0', 'cache-control': 'no-store' })
    .send()
})
await app.listen({ port: 3000 })
