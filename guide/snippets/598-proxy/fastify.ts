import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A gateway whose upstream stalls while sending the response: 504, not 598.
const app = Fastify()
await app.register(problemPlugin)
app.get('/search', async () => {
  try {
    const upstream = await fetch('http://search.internal/q', { signal: AbortSignal.timeout(8000) })
    return (await upstream.json()) as unknown
  } catch (cause) {
    throw problem(504, 'The search service stopped responding.', { cause })
  }
})
