import express from 'express'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/reports/:id', (_req, _res) => {
  // An unexpected failure: the handler turns it into a 500 problem+json
  // with a generic detail; the message and stack stay in the server log.
  throw new Error('connection pool exhausted at db-7.internal')
})
app.use(problemHandler())
app.listen(3000)
