import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Headless storefront: forward the buyer IP, and turn Shopify's 430 into a standard 503 for the browser.
const app = express()
app.set('trust proxy', 1)
app.get('/products', async (req, res) => {
  const r = await fetch('https://shop.myshopify.com/api/2025-01/graphql.json', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'shopify-storefront-private-token': 'shpat_...', 'shopify-storefront-buyer-ip': req.ip ?? '' },
    body: JSON.stringify({ query: '{ products(first: 10) { nodes { title } } }' }),
  })
  if (r.status === 430) throw problem(503, 'The shop is temporarily refusing requests; try again shortly.', { headers: { 'retry-after': '30' } })
  res.json(await r.json())
})
app.use(problemHandler())
