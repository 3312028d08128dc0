import express from 'express'
import { preconditionRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// The standard way to say "repeat with X": 428 plus a problem body naming X, instead of 449.
const app = express()
app.put('/files/:name', (req, res) => {
  if (req.get('if-match') === undefined) {
    throw preconditionRequired('Repeat the upload with If-Match set to the ETag you last read.')
  }
  res.status(204).end()
})
app.use(problemHandler())
