import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use((req, _res, next) => {
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 0) {
    throw problem(505, 'HTTP/1.0 is not supported; use HTTP/1.1 or HTTP/2.', { expose: true })
  }
  next()
})
app.use(problemHandler())
