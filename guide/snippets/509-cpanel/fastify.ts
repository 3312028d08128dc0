import Fastify from 'fastify'
import { tooManyRequests } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

// Per-client transfer quota: answer 429 with Retry-After, not the unregistered 509.
const usedBytes = new Map<string, number>()
const QUOTA = 10 * 1024 ** 3
const app = Fastify()
await app.register(problemPlugin)
app.addHook('onRequest', async (req) => {
  const key = String(req.headers['x-api-key'] ?? 'anonymous')
  const now = new Date()
  const secondsToReset = Math.ceil((Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - now.getTime()) / 1000)
  if ((usedBytes.get(key) ?? 0) >= QUOTA) throw tooManyRequests('Monthly download quota used.', { retryAfter: secondsToReset })
})
