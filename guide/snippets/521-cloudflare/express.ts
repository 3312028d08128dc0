import express from 'express'
import { serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Drain with 503 instead of closing the port (a closed port is a Cloudflare 521).
let draining = false
const app = express()
app.use((_req, _res, next) => {
  if (draining) throw serviceUnavailable('Restarting; try again shortly.', { retryAfter: 10, expose: true })
  next()
})
app.use(problemHandler())
const server = app.listen(80, '0.0.0.0') // the port Cloudflare connects to for HTTP origins
process.on('SIGTERM', () => { draining = true; setTimeout(() => server.close(), 15_000) })
