import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
const app = Fastify()
await app.register(problemPlugin)
app.get('/inventory', async () => {
  try {
    return (await (await fetch('https://inventory.internal.example/items')).json()) as unknown
  } catch (cause) {
    const code = cause instanceof Error && (cause.cause as { code?: string } | undefined)?.code
    throw problem(502, code === 'ENOTFOUND' ? 'Upstream host name does not resolve.' : 'Upstream request failed.', { cause })
  }
})
