import Fastify from 'fastify'

// The origin side: forbid transforming proxies from altering (and 203-ing) this response.
const app = Fastify()
app.get('/invoices/:id/pdf', async (_req, reply) => {
  const pdf = Buffer.from('%PDF-1.7 ...')
  return reply
    .headers({ 'content-type': 'application/pdf', 'cache-control': 'private, no-transform' })
    .send(pdf)
})
await app.listen({ port: 3000 })
