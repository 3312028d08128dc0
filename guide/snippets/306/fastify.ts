import Fastify from 'fastify'
import { Status } from 'statuskit'

// Where a mirror switch was once imagined as 306, use a real redirect.
const app = Fastify()
app.get<{ Params: { '*': string } }>('/files/*', async (req, reply) => {
  return reply
    .code(Status.TEMPORARY_REDIRECT)
    .header('location', 'https://mirror.example.com/files/' + req.params['*'])
    .send()
})
await app.listen({ port: 3000 })
