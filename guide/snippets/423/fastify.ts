import Fastify from 'fastify'
import { problem } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const locks = new Map<string, string>() // path -> lock token
const app = Fastify()
await app.register(problemPlugin)
app.put('/files/:name', async (req, reply) => {
  const token = locks.get(req.url)
  const ifHeader = req.headers['if']
  if (token !== undefined && !(typeof ifHeader === 'string' && ifHeader.includes(token))) {
    throw problem(423, 'The file is locked; submit its lock token in the If header.', { extensions: { lockedHref: req.url } })
  }
  return reply.code(204).send()
})
