import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const quotaLeft = new Map<string, number>([['alice', 1_000_000]])
const app = express()
app.put('/dav/:user/:file', express.raw({ limit: '50mb', type: '*/*' }), (req, res) => {
  const left = quotaLeft.get(req.params.user ?? '') ?? 0
  const size = (req.body as Buffer).length
  if (size > left) throw problem(507, `Upload of ${size} bytes exceeds the ${left} bytes left in your quota.`, { expose: true })
  res.sendStatus(201)
})
app.use(problemHandler())
