import express from 'express'
import { uriTooLong } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const MAX_TARGET = 8000
const app = express()
app.use((req, _res, next) => {
  if (req.originalUrl.length > MAX_TARGET) {
    throw uriTooLong('Request targets are limited to 8000 characters; use POST /search for long queries.', {
      extensions: { maxLength: MAX_TARGET },
    })
  }
  next()
})
app.use(problemHandler())
