import Fastify from 'fastify'
import { badRequest, requestTimeout } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify({
  requestTimeout: 30_000, // Node detects the slow request; Fastify hands it to this hook
  clientErrorHandler: (err, socket) => {
    const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
    const body = JSON.stringify(timedOut ? requestTimeout('The request did not arrive in time.') : badRequest())
    socket.end((timedOut ? 'HTTP/1.1 408 Request Timeout' : 'HTTP/1.1 400 Bad Request') +
      '\r\ncontent-type: application/problem+json\r\nconnection: close\r\ncontent-length: ' +
      Buffer.byteLength(body) + '\r\n\r\n' + body)
  },
})
await app.register(problemPlugin)
app.post('/upload', async (_req, reply) => reply.code(201).send())
