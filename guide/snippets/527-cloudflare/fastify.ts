import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
const app = Fastify()
await app.register(problemPlugin)
app.get<{ Params: { id: string } }>('/pages/:id', async (req, reply) => {
  try {
    const upstream = await fetch(`http://origin.internal/pages/${req.params.id}`)
    return reply.code(upstream.status).type(upstream.headers.get('content-type') ?? 'text/html').send(await upstream.text())
  } catch (cause) {
    throw problem(502, 'The link to the origin failed.', { cause })
  }
})
