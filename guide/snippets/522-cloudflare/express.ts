import express from 'express'
import { serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Shed excess work with 503 instead of letting connections time out (522).
let inFlight = 0
const app = express()
app.use((_req, res, next) => {
  inFlight += 1
  res.on('close', () => { inFlight -= 1 })
  if (inFlight > 500) throw serviceUnavailable('Origin is at capacity.', { retryAfter: 5, expose: true })
  next()
})
app.use(problemHandler())
app.listen(80, '0.0.0.0').keepAliveTimeout = 75_000 // keep Cloudflare's idle connections open
