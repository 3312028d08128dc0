import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
app.get<{ Params: { slug: string } }>('/blog/:year/:slug', async (req, reply) => {
  return reply
    .code(Status.MOVED_PERMANENTLY)
    .headers({ location: '/posts/' + req.params.slug, 'cache-control': 'max-age=86400' })
    .send()
})
await app.listen({ port: 3000 })
