import express from 'express'
import { tooManyRequests } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.post('/search', (_req, _res) => {
  // Sets Retry-After: 30; 429 responses also get Cache-Control: no-store by default.
  throw tooManyRequests('Limit of 100 searches per minute reached for this API key.', { retryAfter: 30 })
})
app.use(problemHandler())
app.listen(3000)
