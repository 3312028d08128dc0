import express from 'express'
import { unauthorized } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.use((req, _res, next) => {
  if (req.get('authorization') === undefined) {
    throw unauthorized('A bearer token is required.', { wwwAuthenticate: 'Bearer realm="api"' })
  }
  next()
})
app.get('/me', (_req, res) => { res.json({ id: 1 }) })
app.use(problemHandler())
