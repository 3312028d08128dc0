import Fastify from 'fastify'
import { problem, serviceUnavailable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// In-app OIDC callback: map IdP errors (RFC 6749 §4.1.2.1) to registered codes, never to 561.
const app = Fastify()
await app.register(problemPlugin)
app.get<{ Querystring: { error?: string } }>('/auth/callback', async (req, reply) => {
  const { error } = req.query
  if (error === 'access_denied') throw problem(403, 'Sign-in was denied at the identity provider.')
  if (error === 'temporarily_unavailable') throw serviceUnavailable('The identity provider is unavailable.', { retryAfter: 30 })
  if (error !== undefined) throw problem(502, 'The identity provider returned an error.')
  return reply.redirect('/', 303)
})
