import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// Keep the server's keep-alive timeout above the ALB idle timeout (60 s default),
// so the target never closes first; client aborts are then the only 460 source.
const app = Fastify({ keepAliveTimeout: 65_000 })
await app.register(problemPlugin)
app.addHook('onRequest', async (req, reply) => {
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) req.log.warn({ trace: req.headers['x-amzn-trace-id'] }, 'client closed (ALB 460)')
  })
})
