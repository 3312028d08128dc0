import Fastify from 'fastify'
import { upgradeRequired } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/live', async (req) => {
  if (req.headers.upgrade?.toLowerCase() !== 'websocket') {
    throw upgradeRequired('This endpoint only speaks WebSocket.', { upgrade: 'websocket', headers: { connection: 'Upgrade' } })
  }
  return null
})
