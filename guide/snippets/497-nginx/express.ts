import express from 'express'
import { forbidden } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Behind a TLS-terminating proxy, refuse API calls that arrived over plain HTTP.
const app = express()
app.set('trust proxy', 1)
app.use('/api', (req, _res, next) => {
  if (!req.secure) {
    throw forbidden('Use https://; credentials sent over http must be rotated.', {
      type: 'https://example.com/probs/https-required',
    })
  }
  next()
})
app.use(problemHandler())
