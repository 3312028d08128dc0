import Fastify from 'fastify'
import { networkAuthenticationRequired } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// A captive-portal gateway (never an origin API) intercepting unauthenticated devices.
const authorizedMacs = new Set<string>()
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  const mac = req.headers['x-client-mac']
  if (typeof mac === 'string' && authorizedMacs.has(mac)) return
  throw networkAuthenticationRequired('Log in at http://portal.example/login to use this network.', { expose: true })
})
