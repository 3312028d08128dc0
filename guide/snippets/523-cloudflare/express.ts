import express from 'express'
import { serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A health endpoint for Cloudflare health checks / load balancing, so an unreachable
// origin is taken out of rotation instead of serving 523 to visitors.
const dependenciesUp = true
const app = express()
app.get('/healthz', (_req, res) => {
  if (!dependenciesUp) throw serviceUnavailable('Origin is not ready.') // Cache-Control: no-store by default
  res.set('cache-control', 'no-store').json({ status: 'ok' })
})
app.use(problemHandler())
