import express from 'express'

// Long work returns 202 at once; the client polls, so no request outlives Cloudflare's timeout (524).
const jobs = new Map<string, { state: 'running' | 'done'; url?: string }>()
const app = express()
app.post('/exports', (_req, res) => {
  const id = crypto.randomUUID()
  jobs.set(id, { state: 'running' })
  setTimeout(() => jobs.set(id, { state: 'done', url: `/files/${id}.csv` }), 300_000) // stands in for the real job
  res.status(202).location(`/exports/${id}`).json({ id, state: 'running' })
})
app.get('/exports/:id', (req, res) => { res.json(jobs.get(req.params.id) ?? { state: 'unknown' }) })
app.listen(8080)
