import Fastify from 'fastify'
import { proxyAuthenticationRequired } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  if (req.headers['proxy-authorization'] === undefined) {
    throw proxyAuthenticationRequired('The egress gateway requires a proxy token.', {
      proxyAuthenticate: 'Bearer realm="egress"',
    })
  }
})
