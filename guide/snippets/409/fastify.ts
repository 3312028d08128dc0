import Fastify from 'fastify'
import { conflict } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const emails = new Set(['ada@example.com'])
const app = Fastify()
await app.register(problemPlugin)
app.post<{ Body: { email: string } }>('/users', async (req, reply) => {
  if (emails.has(req.body.email)) {
    throw conflict('A user with this email already exists.', {
      type: 'https://example.com/probs/duplicate-email',
      title: 'Duplicate email',
      extensions: { field: 'email' },
    })
  }
  emails.add(req.body.email)
  return reply.code(201).send({ email: req.body.email })
})
