import Fastify from 'fastify'
import { Status } from 'statuskit'

const primary = 'https://eu-1.api.example.com'
const app = Fastify()
app.post<{ Params: { id: string } }>('/documents/:id/comments', async (req, reply) => {
  return reply
    .code(Status.TEMPORARY_REDIRECT)
    .headers({ location: primary + '/documents/' + req.params.id + '/comments', 'cache-control': 'no-store' })
    .send()
})
await app.listen({ port: 3000 })
