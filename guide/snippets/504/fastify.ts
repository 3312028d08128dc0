import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/quotes', async () => {
  try {
    const upstream = await fetch('http://pricing.internal/quotes', { signal: AbortSignal.timeout(5000) })
    return (await upstream.json()) as unknown
  } catch (cause) {
    const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError'
    throw timedOut ? problem(504, 'The pricing service did not answer within 5 s.', { cause }) : cause
  }
})
