import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A gateway whose upstream stalls while sending the response: 504, not 598.
const app = express()
app.get('/search', async (req, res, next) => {
  try {
    const upstream = await fetch(`http://search.internal${req.url}`, { signal: AbortSignal.timeout(8000) })
    res.status(upstream.status).json(await upstream.json())
  } catch (cause) {
    next(problem(504, 'The search service stopped responding.', { cause }))
  }
})
app.use(problemHandler())
