import express from 'express'
import { serviceUnavailable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
const maintenanceUntil: Date | undefined = new Date(Date.now() + 15 * 60_000)
app.use((_req, _res, next) => {
  if (maintenanceUntil === undefined) return next()
  // expose: true sends this safe detail; 5xx details are hidden by default.
  throw serviceUnavailable('Scheduled database maintenance.', { retryAfter: maintenanceUntil, expose: true })
})
app.use(problemHandler())
app.listen(3000)
