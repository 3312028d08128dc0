import Fastify from 'fastify'
import { methodNotAllowed } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/reports', async () => ({ reports: [] }))
app.route({
  method: ['POST', 'PUT', 'PATCH', 'DELETE'],
  url: '/reports',
  handler: async () => {
    throw methodNotAllowed('Reports are read-only.', { allow: ['GET', 'HEAD'] })
  },
})
