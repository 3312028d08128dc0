import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
app.route({
  method: 'PROPFIND',
  url: '/projects/',
  handler: async (req, reply) => {
    const bindAware = String(req.headers['dav'] ?? '').includes('bind')
    const xml = bindAware ? listWithAlreadyReported() : listEveryBinding()
    return reply.code(Status.MULTI_STATUS).type('application/xml; charset=utf-8').send(xml)
  },
})
function listWithAlreadyReported(): string { return '<D:multistatus xmlns:D="DAV:"/>' }
function listEveryBinding(): string { return '<D:multistatus xmlns:D="DAV:"/>' }
await app.listen({ port: 3000 })
