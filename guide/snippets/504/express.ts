import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/quotes', async (_req, res, next) => {
  try {
    const upstream = await fetch('http://pricing.internal/quotes', { signal: AbortSignal.timeout(5000) })
    res.json(await upstream.json())
  } catch (cause) {
    const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError'
    next(timedOut ? problem(504, 'The pricing service did not answer within 5 s.', { cause }) : cause)
  }
})
app.use(problemHandler())
