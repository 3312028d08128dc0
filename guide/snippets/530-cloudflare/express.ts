import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A self-run gateway reports an unresolvable upstream host with 502, not a vendor code like 530.
const app = express()
app.get('/inventory', async (_req, res, next) => {
  try {
    res.json(await (await fetch('https://inventory.internal.example/items')).json())
  } catch (cause) {
    const code = cause instanceof Error && (cause.cause as { code?: string } | undefined)?.code
    next(problem(502, code === 'ENOTFOUND' ? 'Upstream host name does not resolve.' : 'Upstream request failed.', { cause }))
  }
})
app.use(problemHandler())
