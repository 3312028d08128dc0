import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A self-run relay reports a failed upstream link with 502, not a vendor code like 527.
const app = express()
app.get('/pages/:id', async (req, res, next) => {
  try {
    const upstream = await fetch(`http://origin.internal/pages/${req.params.id}`)
    res.status(upstream.status).type(upstream.headers.get('content-type') ?? 'text/html').send(await upstream.text())
  } catch (cause) {
    next(problem(502, 'The link to the origin failed.', { cause }))
  }
})
app.use(problemHandler())
