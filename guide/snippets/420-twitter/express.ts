import express from 'express'
import { tooManyRequests } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const hits = new Map<string, number>()
const app = express()
app.get('/search', (req, res) => {
  const n = (hits.get(req.ip ?? '') ?? 0) + 1
  hits.set(req.ip ?? '', n)
  if (n > 180) throw tooManyRequests('Search is limited to 180 requests per 15 minutes.', { retryAfter: 900 })
  res.json({ results: [] })
})
app.use(problemHandler())
