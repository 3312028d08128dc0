import Fastify from 'fastify'
import { backoffDelay } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/collections', async (req) => {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const r = await fetch('https://shop.myshopify.com/collections.json', { headers: { 'user-agent': 'acme-sync/1.4 (ops@acme.test)' } })
    if (r.status !== 430) return r.json()
    req.log.warn('Shopify 430 security rejection; backing off')
    await new Promise((done) => setTimeout(done, backoffDelay(attempt, { baseMs: 2_000, capMs: 30_000 })))
  }
  return { collections: [] }
})
