import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.post('/payments', (req, res) => {
  if (req.get('early-data') === '1') {
    throw problem(425, 'Payments are not accepted in TLS early data; resend after the handshake.')
  }
  res.status(201).json({ id: 'pay_123' })
})
app.use(problemHandler())
