import express from 'express'
import { unsupportedMediaType } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.post('/orders', express.json(), (req, res) => {
  if (!req.is('application/json')) {
    throw unsupportedMediaType('Send the order as application/json.', {
      headers: { accept: 'application/json' },
    })
  }
  res.status(201).json(req.body)
})
app.use(problemHandler())
