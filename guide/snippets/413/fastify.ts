import Fastify from 'fastify'
import { contentTooLarge } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const quotaBusy = true // a cleanup job is freeing space
const app = Fastify({ bodyLimit: 1_048_576 }) // larger bodies: 413 via the plugin
await app.register(problemPlugin)
app.post('/uploads', async (_req, reply) => {
  if (quotaBusy) {
    throw contentTooLarge('Storage is being reclaimed; try again shortly.', { retryAfter: 120 })
  }
  return reply.code(201).send()
})
