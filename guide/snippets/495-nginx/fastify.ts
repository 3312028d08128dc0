import Fastify from 'fastify'
import { forbidden } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Target of nginx's error_page 495 =403 /errors/cert-rejected;
const app = Fastify()
await app.register(problemPlugin)
app.get('/errors/cert-rejected', async () => {
  throw forbidden('The client certificate could not be verified (expired, revoked or unknown CA).', {
    type: 'https://example.com/probs/client-cert-rejected',
  })
})
