import Fastify from 'fastify'
import { unavailableForLegalReasons } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/articles/4711', async () => {
  // Sets Link: <...>; rel="blocked-by" and the default Cache-Control: no-store.
  throw unavailableForLegalReasons('Withheld under court order 2026-HC-113 (High Court).', {
    blockedBy: 'https://example.com/legal/takedowns',
  })
})
await app.listen({ port: 3000 })
