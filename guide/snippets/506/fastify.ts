import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A negotiator that refuses to pick a variant that would negotiate again.
const variants: Record<string, { negotiable: boolean }> = { '/report.en.html': { negotiable: true } }
const app = Fastify()
await app.register(problemPlugin)
app.get('/report', async () => {
  const chosen = '/report.en.html'
  if (variants[chosen]?.negotiable) throw problem(506, 'Server negotiation is misconfigured.')
  return { variant: chosen }
})
