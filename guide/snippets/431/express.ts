import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const MAX_COOKIE = 4096
const app = express()
app.use((req, _res, next) => {
  const size = Buffer.byteLength(req.get('cookie') ?? '')
  if (size > MAX_COOKIE) throw problem(431, `Cookie header is ${size} bytes; the limit is ${MAX_COOKIE}.`, { extensions: { field: 'Cookie' } })
  next()
})
app.use(problemHandler())
