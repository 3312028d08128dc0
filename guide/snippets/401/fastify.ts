import Fastify from 'fastify'
import { unauthorized } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (req.headers.authorization !== 'Bearer demo-token') {
    throw unauthorized('The access token is missing, expired or revoked.', {
      wwwAuthenticate: 'Bearer realm="api", error="invalid_token"',
    })
  }
})
app.get('/me', async () => ({ id: 1 }))
