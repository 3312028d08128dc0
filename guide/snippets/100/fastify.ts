import Fastify from 'fastify'
import { Status } from 'statuskit'

const MAX_UPLOAD = 10 * 1024 * 1024
const app = Fastify()
app.put('/files/:name', async (_req, reply) => reply.code(Status.NO_CONTENT).send())
// Decide from the headers, then either refuse or send 100 and let Fastify route it.
app.server.on('checkContinue', (req, res) => {
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD) {
    res.writeHead(Status.CONTENT_TOO_LARGE, { connection: 'close' }).end()
    return
  }
  res.writeContinue()
  app.server.emit('request', req, res)
})
await app.listen({ port: 3000 })
