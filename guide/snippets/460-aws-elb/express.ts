import express from 'express'
import { problemHandler } from 'statuskit/express'

// Log what ALB will record as 460: the client left before the response finished.
const app = express()
app.use((req, res, next) => {
  res.on('close', () => {
    if (!res.writableFinished) console.warn('client closed connection (ALB 460)', req.get('x-amzn-trace-id'))
  })
  next()
})
app.get('/slow', (_req, res) => { setTimeout(() => res.json({ done: true }), 70_000) })
app.use(problemHandler())
