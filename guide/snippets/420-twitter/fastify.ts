import Fastify from 'fastify'
import { tooManyRequests } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A gateway in front of a legacy API: translate its 420 into a standard 429.
const app = Fastify()
await app.register(problemPlugin)
app.get('/legacy/search', async () => {
  const r = await fetch('https://legacy.example.com/1/search.json?q=http')
  if (r.status === 420) {
    const reset = Number(r.headers.get('x-rate-limit-reset') ?? 0) * 1000
    throw tooManyRequests('The upstream search API is rate limiting us.', { retryAfter: reset > Date.now() ? new Date(reset) : 60 })
  }
  return r.json()
})
