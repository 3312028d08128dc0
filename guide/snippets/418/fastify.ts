import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
// Instead of 418 for blocked bots, answer with a registered code.
app.addHook('onRequest', async (req) => {
  if (/badbot/i.test(req.headers['user-agent'] ?? '')) throw problem(403, 'Automated clients must use the API.')
})
