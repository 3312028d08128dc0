import express from 'express'
import { validationProblem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use(express.json())
app.post('/bookings', (req, res) => {
  const { start, end } = req.body as { start: string; end: string }
  if (Date.parse(end) <= Date.parse(start)) {
    throw validationProblem([{ pointer: '#/end', detail: 'must be after #/start' }], { status: 422, detail: 'end must be after start.' })
  }
  res.status(201).json({ start, end })
})
app.use(problemHandler())
