import Fastify from 'fastify'
import { notAcceptable } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/documents/terms', async (req, reply) => {
  const wanted = String(req.headers['accept-language'] ?? 'en')
  if (!/\b(en|de)\b/.test(wanted) && !wanted.includes('*')) {
    throw notAcceptable('The terms exist in English and German only.', {
      extensions: { availableLanguages: ['en', 'de'] },
    })
  }
  return reply.header('vary', 'Accept-Language').send({ lang: 'en' })
})
