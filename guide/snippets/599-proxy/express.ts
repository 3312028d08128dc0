import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A gateway that cannot connect upstream answers with registered codes, never 599.
const app = express()
app.get('/stock', async (_req, res, next) => {
  try {
    res.json(await (await fetch('http://stock.internal/levels', { signal: AbortSignal.timeout(3000) })).json())
  } catch (cause) {
    const refused = cause instanceof Error && (cause.cause as { code?: string } | undefined)?.code === 'ECONNREFUSED'
    next(refused ? problem(502, 'Stock service refused the connection.') : problem(504, 'Stock service unreachable in time.'))
  }
})
app.use(problemHandler())
