import Fastify from 'fastify'
import { unavailableForLegalReasons } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A court-ordered block is 451 with Link rel="blocked-by", not a parental-control code.
const app = Fastify()
await app.register(problemPlugin)
app.get('/articles/banned', async () => {
  throw unavailableForLegalReasons('Unavailable in your country due to a court order.', {
    blockedBy: 'https://example.com/legal/court-order-42',
  })
})
