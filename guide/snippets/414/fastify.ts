import Fastify from 'fastify'
import { uriTooLong } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Path parameters longer than maxParamLength (default 100) fall through to the 404 handler.
const app = Fastify({ maxParamLength: 200 })
await app.register(problemPlugin)
app.get('/search', async (req) => {
  const ids = String((req.query as { ids?: string }).ids ?? '').split(',')
  if (ids.length > 500) throw uriTooLong('At most 500 ids per GET; use POST /search for more.')
  return { ids }
})
