import Fastify from 'fastify'
import { notFound } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const users = new Map([['9', { id: '9', name: 'Ada' }]])
const app = Fastify()
await app.register(problemPlugin) // also answers unknown routes with a 404 problem
app.get<{ Params: { id: string } }>('/users/:id', async (req) => {
  const user = users.get(req.params.id)
  if (user === undefined) throw notFound('User ' + req.params.id + ' does not exist.')
  return user
})
