import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const locks = new Map<string, string>() // path -> lock token
const app = express()
app.put('/files/:name', (req, res) => {
  const token = locks.get(req.path)
  if (token !== undefined && !(req.get('if') ?? '').includes(token)) {
    throw problem(423, 'The file is locked; submit its lock token in the If header.', { extensions: { lockedHref: req.path } })
  }
  res.sendStatus(204)
})
app.use(problemHandler())
