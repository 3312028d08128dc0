import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
app.all('/v1/*', async (req, reply) => {
  return reply
    .code(Status.PERMANENT_REDIRECT)
    .headers({ location: 'https://api.example.com/v2' + req.url.slice(3), 'cache-control': 'max-age=3600' })
    .send()
})
await app.listen({ port: 3000 })
