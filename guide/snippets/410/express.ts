import express from 'express'
import { gone } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use('/v1', () => {
  throw gone('API v1 was retired on 2025-06-30; use /v2.', {
    type: 'https://example.com/probs/api-retired',
    headers: { link: '<https://example.com/docs/migrate-v2>; rel="help"', 'cache-control': 'public, max-age=86400' },
  })
})
app.get('/v2/orders', (_req, res) => { res.json([]) })
app.use(problemHandler())
