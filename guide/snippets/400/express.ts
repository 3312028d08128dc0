import express from 'express'
import { badRequest } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use(express.json()) // malformed JSON reaches problemHandler as a 400
app.get('/search', (req, res) => {
  const limit = Number(req.query.limit ?? 20)
  if (!Number.isInteger(limit) || limit < 1) {
    throw badRequest('Query parameter "limit" must be a positive integer.', {
      extensions: { errors: [{ pointer: '#/query/limit', detail: 'not a positive integer' }] },
    })
  }
  res.json({ limit })
})
app.use(problemHandler())
