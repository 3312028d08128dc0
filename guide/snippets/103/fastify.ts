import Fastify from 'fastify'

const app = Fastify()
app.get('/', async (_req, reply) => {
  // Early hints are written on the raw Node response before the final one.
  reply.raw.writeEarlyHints({ link: '</app.css>; rel=preload; as=style' })
  const html = await new Promise<string>((resolve) => setTimeout(() => resolve('<!doctype html>...'), 300))
  return reply.header('link', '</app.css>; rel=preload; as=style').type('text/html').send(html)
})
await app.listen({ port: 3000 })
