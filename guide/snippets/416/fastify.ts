import Fastify from 'fastify'
import { rangeNotSatisfiable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const size = 4_800_000
const app = Fastify()
await app.register(problemPlugin)
app.get('/exports/:id', async (req, reply) => {
  const match = /^bytes=(\d+)-/.exec(req.headers.range ?? '')
  if (match !== null && Number(match[1]) >= size) {
    throw rangeNotSatisfiable('The export is ' + size + ' bytes long.', { contentRange: 'bytes */' + size })
  }
  return reply.header('accept-ranges', 'bytes').send(Buffer.alloc(size))
})
