import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

declare function walk(path: string, seen: Set<string>): boolean // false when a collection repeats
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (req.method === 'PROPFIND' && (req.headers.depth ?? 'infinity') === 'infinity' && !walk(req.url, new Set())) {
    throw problem(508, 'A binding under this collection points to one of its ancestors; use Depth: 1.', { expose: true })
  }
})
