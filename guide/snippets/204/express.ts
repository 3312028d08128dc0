import express from 'express'
import { Status } from 'statuskit'

const docs = new Map<string, { text: string; version: number }>()
const app = express()
app.use(express.json())
app.put('/docs/:id', (req, res) => {
  const existing = docs.get(req.params.id)
  const version = (existing?.version ?? 0) + 1
  docs.set(req.params.id, { text: String(req.body?.text ?? ''), version })
  // A PUT that creates must answer 201; an update with nothing to return answers 204.
  const status = existing === undefined ? Status.CREATED : Status.NO_CONTENT
  res.status(status).set('etag', '"' + version + '"').end() // no body, no Content-Length
})
app.listen(3000)
