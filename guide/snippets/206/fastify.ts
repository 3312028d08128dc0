import Fastify from 'fastify'
import { rangeNotSatisfiable, Status } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const video = Buffer.alloc(1_000_000)
const app = Fastify()
await app.register(problemPlugin)
app.get('/video', async (req, reply) => {
  const match = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '')
  reply.headers({ 'accept-ranges': 'bytes', etag: '"v1"' }).type('video/mp4')
  if (match === null) return reply.send(video)
  const start = Number(match[1])
  const end = Math.min(match[2] ? Number(match[2]) : video.length - 1, video.length - 1)
  if (start > end) throw rangeNotSatisfiable({ contentRange: 'bytes */' + video.length })
  reply.header('content-range', 'bytes ' + start + '-' + end + '/' + video.length)
  return reply.code(Status.PARTIAL_CONTENT).send(video.subarray(start, end + 1))
})
await app.listen({ port: 3000 })
