import express from 'express'
import { serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Your own overloaded service: 503 with Retry-After, not the vendor-specific 529.
let queueDepth = 0
const app = express()
app.post('/assessments', (_req, res) => {
  if (queueDepth > 1000) throw serviceUnavailable('Too many assessments queued; try again later.', { retryAfter: 900, expose: true })
  queueDepth += 1
  res.status(202).location('/assessments/latest').end()
})
app.use(problemHandler())
