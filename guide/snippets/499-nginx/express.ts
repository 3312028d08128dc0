import express from 'express'
import { logLevel } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Record client aborts the way nginx does (499), without sending anything.
const app = express()
app.use((req, res, next) => {
  res.on('close', () => {
    if (!res.writableFinished) console.log(logLevel(499, 'server'), 'client closed request', req.method, req.originalUrl)
  })
  next()
})
app.get('/report', (_req, res) => { setTimeout(() => res.json({ ok: true }), 5_000) })
app.use(problemHandler())
