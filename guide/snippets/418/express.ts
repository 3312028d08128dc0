import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
// Instead of 418 for blocked bots, answer with a registered code.
app.use((req, _res, next) => {
  if (/badbot/i.test(req.get('user-agent') ?? '')) throw problem(403, 'Automated clients must use the API.')
  next()
})
app.use(problemHandler())
