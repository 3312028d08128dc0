import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// nginx: server { listen 80 default_server; return 444; } drops unknown hosts.
// Behind it, answer misrouted requests with a real status, never 444:
const hosts = new Set(['api.example.com'])
const app = express()
app.use((req, _res, next) => {
  if (!hosts.has(req.hostname)) throw problem(421, 'This server does not serve ' + req.hostname + '.')
  next()
})
app.use(problemHandler())
