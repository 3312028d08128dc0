import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const KNOWN = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const app = express()
app.use((req, _res, next) => {
  if (!KNOWN.has(req.method)) throw problem(501, `Method ${req.method} is not implemented by this server.`, { expose: true })
  next()
})
app.use(problemHandler())
