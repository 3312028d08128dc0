import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const servedHosts = new Set(['api.example.com'])
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (!servedHosts.has(req.hostname)) throw problem(421, `This server does not serve ${req.hostname}.`)
})
