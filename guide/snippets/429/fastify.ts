import Fastify from 'fastify'
import { tooManyRequests } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.post('/search', async () => {
  // Sets Retry-After: 30; 429 responses also get Cache-Control: no-store by default.
  throw tooManyRequests('Limit of 100 searches per minute reached for this API key.', { retryAfter: 30 })
})
await app.listen({ port: 3000 })
