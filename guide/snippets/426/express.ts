import express from 'express'
import { upgradeRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/live', (req, _res) => {
  if (req.get('upgrade')?.toLowerCase() !== 'websocket') {
    throw upgradeRequired('This endpoint only speaks WebSocket.', { upgrade: 'websocket', headers: { connection: 'Upgrade' } })
  }
})
app.use(problemHandler())
