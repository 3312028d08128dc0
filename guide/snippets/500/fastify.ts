import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify({ logger: true })
await app.register(problemPlugin)
app.get('/reports/:id', async () => {
  // Logged with its stack; the client gets a 500 problem+json
  // whose detail is generic because 5xx problems are not exposed.
  throw new Error('connection pool exhausted at db-7.internal')
})
await app.listen({ port: 3000 })
