import express from 'express'
import { preconditionRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use(express.json())
app.put('/documents/:id', (req, res) => {
  if (req.get('if-match') === undefined) {
    throw preconditionRequired('Send If-Match with the ETag from your last GET of this document.')
  }
  res.sendStatus(204)
})
app.use(problemHandler())
