import Fastify from 'fastify'
import { badRequest } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Target of nginx's error_page 497 =400 /errors/https-required; for API ports.
const app = Fastify()
await app.register(problemPlugin)
app.get('/errors/https-required', async () => {
  throw badRequest('This port only speaks TLS; use https:// in your base URL.', {
    type: 'https://example.com/probs/https-required',
  })
})
