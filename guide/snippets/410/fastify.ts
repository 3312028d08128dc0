import Fastify from 'fastify'
import { gone } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const expiredInvites = new Set(['abc123'])
const app = Fastify()
await app.register(problemPlugin)
app.get<{ Params: { token: string } }>('/invites/:token', async (req) => {
  if (expiredInvites.has(req.params.token)) {
    throw gone('This invitation was already used.', { type: 'https://example.com/probs/invite-used' })
  }
  return { token: req.params.token }
})
