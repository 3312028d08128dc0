import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
// Instead of 510 for a missing required extension header, name the header with 400.
app.use((req, _res, next) => {
  if (req.get('x-api-features') === undefined) throw problem(400, 'Send X-API-Features listing the features you use.')
  next()
})
app.use(problemHandler())
