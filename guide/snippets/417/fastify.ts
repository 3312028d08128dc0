import Fastify from 'fastify'
import { expectationFailed } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.server.on('checkExpectation', (_req, res) => {
  const body = JSON.stringify(expectationFailed('Only Expect: 100-continue is supported.'))
  res.writeHead(417, { 'content-type': 'application/problem+json', connection: 'close' }).end(body)
})
app.post('/uploads', async (_req, reply) => reply.code(201).send())
