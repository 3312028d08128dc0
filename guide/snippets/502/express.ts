import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/rates', async (_req, res, next) => {
  try {
    const upstream = await fetch('http://rates.internal:8080/latest')
    const body: unknown = await upstream.json() // throws on a malformed upstream response
    res.json(body)
  } catch (cause) {
    next(problem(502, 'The rates service returned an invalid response.', { cause }))
  }
})
app.use(problemHandler())
