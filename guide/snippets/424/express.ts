import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use(express.json())
app.post('/batch', (req, res) => {
  const ops = req.body as { id: string; valid: boolean }[]
  const failed = ops.find((op) => !op.valid)
  const results = ops.map((op) => ({ id: op.id, status: op === failed ? 422 : 424 }))
  if (failed) throw problem(424, `Batch rolled back: operation ${failed.id} failed.`, { extensions: { results } })
  res.json({ applied: ops.length })
})
app.use(problemHandler())
