import express from 'express'
import { tooManyRequests } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
const usedBytes = new Map<string, number>(), QUOTA = 10 * 1024 ** 3
const app = express()
app.get('/downloads/:file', (req, res) => {
  const key = req.get('x-api-key') ?? 'anonymous'
  const now = new Date()
  const secondsToReset = Math.ceil((Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - now.getTime()) / 1000)
  if ((usedBytes.get(key) ?? 0) >= QUOTA) throw tooManyRequests('Monthly download quota used.', { retryAfter: secondsToReset })
  res.sendFile(req.params.file ?? '', { root: '/data' })
})
app.use(problemHandler())
