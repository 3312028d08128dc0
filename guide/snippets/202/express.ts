import express from 'express'
import { Status } from 'statuskit'

const jobs = new Map<string, { state: 'pending' | 'done' }>()
const app = express()
app.post('/exports', (_req, res) => {
  const id = String(jobs.size + 1)
  jobs.set(id, { state: 'pending' })
  setTimeout(() => jobs.set(id, { state: 'done' }), 5_000) // the background work
  res.status(Status.ACCEPTED).location('/exports/jobs/' + id).set('retry-after', '2')
  res.json({ id, state: 'pending' })
})
app.get('/exports/jobs/:id', (req, res) => void res.json(jobs.get(req.params.id) ?? { state: 'unknown' }))
app.listen(3000)
