import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A gateway that cannot connect upstream answers with registered codes, never 599.
const app = Fastify()
await app.register(problemPlugin)
app.get('/stock', async () => {
  try {
    return (await (await fetch('http://stock.internal/levels', { signal: AbortSignal.timeout(3000) })).json()) as unknown
  } catch (cause) {
    const refused = cause instanceof Error && (cause.cause as { code?: string } | undefined)?.code === 'ECONNREFUSED'
    throw refused ? problem(502, 'Stock service refused the connection.') : problem(504, 'Stock service unreachable in time.')
  }
})
