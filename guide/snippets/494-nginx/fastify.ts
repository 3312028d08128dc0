import Fastify from 'fastify'
import { requestHeaderFieldsTooLarge } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// The target of nginx's error_page 494 =431 /errors/431 (method becomes GET).
const app = Fastify()
await app.register(problemPlugin)
app.get('/errors/431', async () => {
  throw requestHeaderFieldsTooLarge('The request headers exceed the proxy\'s buffer; clear cookies and retry.')
})
