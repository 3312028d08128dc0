import Fastify from 'fastify'
import { unauthorized } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Target of nginx's error_page 496 =401 /errors/cert-required;
const app = Fastify()
await app.register(problemPlugin)
app.get('/errors/cert-required', async () => {
  throw unauthorized('Present your partner client certificate (mutual TLS).', {
    wwwAuthenticate: 'MutualTLS realm="partner"',
  })
})
