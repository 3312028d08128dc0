import Fastify from 'fastify'
import { Status } from 'statuskit'

const app = Fastify()
app.route({
  method: 'PROPFIND',
  url: '/files/',
  handler: async (_req, reply) => {
    const xml = '<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:">' +
      '<D:response><D:href>/files/locked.txt</D:href>' +
      '<D:status>HTTP/1.1 403 Forbidden</D:status></D:response></D:multistatus>'
    return reply.code(Status.MULTI_STATUS).type('application/xml; charset=utf-8').send(xml)
  },
})
await app.listen({ port: 3000 })
