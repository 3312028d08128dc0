import express from 'express'
import { Status } from 'statuskit'

const entries = [{ id: 3, title: 'c' }, { id: 2, title: 'b' }, { id: 1, title: 'a' }]
const app = express()
app.get('/feed', (req, res) => {
  const since = Number(String(req.headers['if-none-match'] ?? '').replaceAll('"', '')) || 0
  const newest = entries[0]?.id ?? 0
  res.set({ etag: '"' + newest + '"', vary: 'A-IM, If-None-Match' })
  if (since === newest) return void res.status(Status.NOT_MODIFIED).end()
  if (!/\bfeed\b/.test(String(req.headers['a-im'] ?? '')) || since === 0) return void res.json(entries)
  res.status(Status.IM_USED).set({ im: 'feed', 'cache-control': 'no-store' }).json(entries.filter((e) => e.id > since))
})
app.listen(3000)
